package org.refinery.backlog.benchmark;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.Ranks;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export of a 200,000-item product as CSV and as JSON over HTTP on real PostgreSQL: time,
 * size, items per second, and the live heap before, in the middle of, and after the export. Items
 * carry what a refined backlog holds: a title, a 300-character description, two acceptance
 * criteria, an owning and a contributing team, an estimate and a parent for most. The heap is
 * measured after a full collection: what the service holds, not the garbage it has not yet freed. Run with
 * {@code ./mvnw -B -ntp -o -pl backlog-service -am verify -Pbenchmark -Dit.test=ExportBenchmark
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.failIfNoSpecifiedTests=false};
 * results go to standard output (lines starting BENCH).
 */
@ServiceTest
class ExportBenchmark {

	static final int ITEMS = 200_000;

	/** Bytes read before the live heap is measured in the middle of an export (either format is larger). */
	static final long MIDWAY = 60_000_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measure() throws Exception {
		var http = ServiceClient.onPort(port);
		String owner = KeycloakTokens.shared().paul().mint();
		String product = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Export","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		seed(product);
		for (String format : new String[] { "csv", "json", "csv", "json" }) {
			export(product, owner, format);
		}
	}

	private void seed(String product) {
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product).query(UUID.class)
			.single();
		long start = System.nanoTime();
		jdbc.sql("insert into item (id, product_id, key, type, title, description, acceptance_criteria, estimate, "
				+ "team_key, contributing_team_keys, rank, status, version) "
				+ "select gen_random_uuid(), :product, :key || '-' || n, 'STORY', 'Item ' || n || ': pay, \"then\" ship', "
				+ "repeat('Why it matters, ' || n || '. ', 15), array['Given a cart, when paid, then shipped', "
				+ "'Refunds | partial'], (n % 13), :key || '-CHECKOUT', array[:key || '-LEDGER'], r, 'READY', 1 "
				+ "from unnest(:ranks) with ordinality as t(r, n)")
			.param("product", productId).param("key", product).param("ranks", Ranks.spaced(ITEMS))
			.update();
		jdbc.sql("update item i set parent_id = p.id from item p where i.product_id = :product "
				+ "and p.product_id = :product and p.key = :key || '-' || ((substring(i.key from '[0-9]+$')::int - 1) / 10 * 10 + 1) "
				+ "and p.id <> i.id")
			.param("product", productId).param("key", product).update();
		jdbc.sql("analyze item").update();
		System.out.printf("BENCH export seed: %d items in %.1f s%n", ITEMS, (System.nanoTime() - start) / 1e9);
	}

	private void export(String product, String token, String format) throws IOException {
		var heap = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = heap.getHeapMemoryUsage().getUsed();
		long midway = 0;
		long start = System.nanoTime();
		var connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/backlog/products/" + product
				+ "/export?format=" + format).toURL().openConnection();
		connection.setRequestProperty("Authorization", "Bearer " + token);
		assertThat(connection.getResponseCode()).isEqualTo(200);
		long firstByte = 0;
		long bytes = 0;
		try (InputStream body = connection.getInputStream()) {
			byte[] buffer = new byte[65_536];
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				if (firstByte == 0) {
					firstByte = System.nanoTime() - start;
				}
				bytes += read;
				if (midway == 0 && bytes > MIDWAY) {
					System.gc();
					midway = heap.getHeapMemoryUsage().getUsed();
				}
			}
		}
		long nanos = System.nanoTime() - start;
		System.gc();
		long after = heap.getHeapMemoryUsage().getUsed();
		System.out.printf("BENCH export %s of %d items: %.1f s (incl. one full GC midway), first byte after %.0f ms, "
				+ "%.1f MB, %.0f items/s, live heap before %d MB, midway %d MB, after %d MB%n", format, ITEMS,
				nanos / 1e9, firstByte / 1e6, bytes / 1e6, ITEMS / (nanos / 1e9), before >> 20, midway >> 20,
				after >> 20);
	}

}
