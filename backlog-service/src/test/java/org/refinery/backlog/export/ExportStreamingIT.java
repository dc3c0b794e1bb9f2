package org.refinery.backlog.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.Ranks;
import org.refinery.http.Permits;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 20,000-item export over HTTP on real PostgreSQL is streamed: its first rows arrive while the
 * service holds only a few hundred of them, however slowly the client reads, and while it runs
 * it counts against its user's and the service's limits.
 */
@ServiceTest
class ExportStreamingIT {

	static final int ITEMS = 20_000;

	/** 4,000 characters per item: the whole backlog is 80 MB of descriptions, a few hundred rows are 2 MB. */
	static final int DESCRIPTION = 4_000;

	static final long MB = 1024 * 1024;

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("exportPermits")
	Permits permits;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	final List<HttpURLConnection> open = new ArrayList<>();

	@BeforeEach
	void aProductOfTwentyThousandItemsWithLongDescriptions() {
		http = ServiceClient.onPort(port);
		product = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Large","deliveryMode":"SCALED_KANBAN","releaseLengthDays":90,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product)
			.query(UUID.class).single();
		jdbc.sql("insert into item (id, product_id, key, type, title, description, rank, status, version) "
				+ "select gen_random_uuid(), :product, :key || '-' || n, 'STORY', 'item ' || n, "
				+ "repeat(md5(n::text), :repeats), r, 'DRAFT', 1 from unnest(:ranks) with ordinality as t(r, n)")
			.param("product", productId).param("key", product).param("repeats", DESCRIPTION / 32)
			.param("ranks", Ranks.spaced(ITEMS))
			.update();
	}

	@AfterEach
	void everyExportEndsAndReturnsItsPermit() {
		open.forEach(HttpURLConnection::disconnect);
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.held() == 0);
	}

	@Test
	void theFirstRowsArriveWhileTheServiceHoldsOnlyAFewOfThemAndTheRestFollowInOrder() throws IOException {
		long before = usedHeap();

		HttpURLConnection export = open(owner);
		BufferedReader body = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8));
		assertThat(body.readLine()).isEqualTo(String.join(",", BacklogCsv.COLUMNS));
		assertThat(body.readLine()).startsWith("1,").contains("," + product + "-1,STORY,item 1,");
		long during = usedHeap();

		assertThat(during - before)
			.as("heap held while the client pauses after the first row: %d MB (the whole backlog is over %d MB)",
					(during - before) / MB, (long) ITEMS * DESCRIPTION / MB)
			.isLessThan(32 * MB);
		long rows = 1;
		String last = null;
		for (String line = body.readLine(); line != null; line = body.readLine()) {
			rows++;
			last = line;
		}
		assertThat(rows).isEqualTo(ITEMS);
		assertThat(last).startsWith(ITEMS + ",").contains("," + product + "-" + ITEMS + ",");
	}

	@Test
	void whileAnExportStreamsItsUserIsRefusedA429AndAFullServiceA503BothWithRetryAfter() throws IOException {
		firstRowOf(open(owner));

		var again = http.get(export(), owner);
		assertThat(again.getStatusCode().value()).isEqualTo(429);
		assertThat(again.getHeaders().getFirst("Retry-After")).isEqualTo("15");
		assertThat(again.getHeaders().getFirst("Content-Type")).isEqualTo("application/problem+json");
		assertThat(again.getBody()).contains("\"reason\":\"user-busy\"").contains("\"limit\":1");

		firstRowOf(open(reader("ann")));
		firstRowOf(open(reader("ben")));
		var full = http.get(export(), reader("cid"));
		assertThat(full.getStatusCode().value()).isEqualTo(503);
		assertThat(full.getHeaders().getFirst("Retry-After")).isEqualTo("15");
		assertThat(full.getBody()).contains("\"reason\":\"service-busy\"").contains("\"limit\":3");

		open.forEach(HttpURLConnection::disconnect);
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.held() == 0);
		assertThat(http.get(export(), reader("cid")).getStatusCode().value())
			.as("a client that went away returns its permit").isEqualTo(200);
	}

	private String reader(String user) {
		return tokens.forUser(user).realmRoles("viewer").products(product).mint();
	}

	private static void firstRowOf(HttpURLConnection export) throws IOException {
		var body = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8));
		body.readLine();
		assertThat(body.readLine()).startsWith("1,");
	}

	private HttpURLConnection open(String token) throws IOException {
		var export = (HttpURLConnection) URI.create("http://localhost:" + port + export()).toURL().openConnection();
		export.setRequestProperty("Authorization", "Bearer " + token);
		open.add(export);
		assertThat(export.getResponseCode()).isEqualTo(200);
		return export;
	}

	private String export() {
		return "/api/backlog/products/" + product + "/export?format=csv";
	}

	/** Heap in use after a full collection: what the service really holds, garbage aside. */
	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
