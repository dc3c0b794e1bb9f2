package org.refinery.backlog.benchmark;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.Ranks;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item create and move throughput through HTTP on real PostgreSQL, and the latency of ordered
 * 100-item pages of a 200,000-item product, each beside its floor measured in the same run: the
 * same page query through plain JDBC. Run with {@code ./mvnw -B -ntp -pl backlog-service -am verify
 * -Pbenchmark -Dit.test=BacklogBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.failIfNoSpecifiedTests=false}; results go to standard output (lines starting BENCH).
 */
@ServiceTest
class BacklogBenchmark {

	static final int LARGE = 200_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measure() {
		var http = ServiceClient.onPort(port);
		String owner = KeycloakTokens.shared().paul().mint();
		String product = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Bench","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		List<String> ids = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			var created = http.post("/api/backlog/products/" + product + "/items", owner,
					"{\"type\":\"STORY\",\"title\":\"item %d\"}".formatted(i));
			assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
			ids.add(created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", ""));
		}
		report("create", 1000, System.nanoTime() - start);
		Random random = new Random(42);
		start = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			http.post("/api/backlog/items/" + ids.get(random.nextInt(ids.size())) + "/move", owner,
					"{\"before\":\"" + ids.get(random.nextInt(ids.size())) + "\"}");
		}
		report("move", 1000, System.nanoTime() - start);
		String large = largeProduct(http, owner);
		pages(http, owner, large);
	}

	private String largeProduct(ServiceClient http, String owner) {
		String product = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Large","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product).query(UUID.class)
			.single();
		String[] ranks = Ranks.spaced(LARGE);
		jdbc.sql("insert into item (id, product_id, key, type, title, rank, status, version) "
				+ "select gen_random_uuid(), :product, :key || '-' || n, 'STORY', 'item ' || n, r, 'DRAFT', 1 "
				+ "from unnest(:ranks) with ordinality as t(r, n)")
			.param("product", productId).param("key", product).param("ranks", ranks)
			.update();
		// the API keeps this count on every insert; a bulk load has to set it itself
		jdbc.sql("insert into product_order (product_id, next_number, item_count) values (:product, :n, :n) "
				+ "on conflict (product_id) do update set next_number = :n, item_count = :n")
			.param("product", productId).param("n", LARGE).update();
		jdbc.sql("analyze item").update();
		return product;
	}

	/**
	 * Numbered pages at the top and at offset 100,000, and the cursor page at the same depth, each
	 * beside its floor: the API's own page query through plain JDBC.
	 */
	private void pages(ServiceClient http, String owner, String product) {
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product).query(UUID.class)
			.single();
		String uri = "/api/backlog/products/" + product + "/items?size=100";
		String cursor = (String) http.getJson(uri + "&page=999", owner).get("next");
		String afterRank = jdbc.sql("select rank from item where product_id = :product order by rank offset 99999 "
				+ "limit 1").param("product", productId).query(String.class).single();
		String select = "select i.*, p.key as product_key from item i join product p on p.id = i.product_id "
				+ "where i.product_id = :product ";
		measure(http, owner, "page@0", uri + "&page=0", () -> jdbc.sql(select + "order by i.rank offset 0 limit 100")
			.param("product", productId).query().listOfRows());
		measure(http, owner, "page@100000", uri + "&page=1000", () -> jdbc.sql(select
				+ "order by i.rank offset 100000 limit 100").param("product", productId).query().listOfRows());
		measure(http, owner, "after@100000", uri + "&after=" + cursor, () -> jdbc.sql(select
				+ "and i.rank > :after order by i.rank limit 100").param("product", productId)
			.param("after", afterRank).query().listOfRows());
		long[] count = new long[300];
		for (int i = 0; i < count.length; i++) {
			long t = System.nanoTime();
			jdbc.sql("select count(*) from item i where i.product_id = :product").param("product", productId)
				.query(Long.class).single();
			count[i] = System.nanoTime() - t;
		}
		System.out.printf("BENCH count(*) of %d items, what every page paid before the kept count: p50 %.1f ms "
				+ "p99 %.1f ms%n", LARGE, ms(percentile(count, 50)), ms(percentile(count, 99)));
	}

	private void measure(ServiceClient http, String owner, String what, String uri, Runnable floor) {
		long[] api = new long[300];
		long[] sql = new long[300];
		for (int i = 0; i < api.length; i++) {
			long t = System.nanoTime();
			var page = http.get(uri, owner);
			api[i] = System.nanoTime() - t;
			assertThat(page.getStatusCode().value()).isEqualTo(200);
			assertThat(page.getBody()).contains("\"totalElements\":" + LARGE);
			t = System.nanoTime();
			floor.run();
			sql[i] = System.nanoTime() - t;
		}
		System.out.printf("BENCH %s of %d items: api p50 %.1f ms p99 %.1f ms | jdbc p50 %.1f ms p99 %.1f ms | "
				+ "ratio p50 %.1fx%n", what, LARGE, ms(percentile(api, 50)), ms(percentile(api, 99)),
				ms(percentile(sql, 50)), ms(percentile(sql, 99)), (double) percentile(api, 50) / percentile(sql, 50));
	}

	private static void report(String what, int count, long nanos) {
		System.out.printf("BENCH %s: %d in %.1f s = %.0f/s (one client, HTTP + PostgreSQL + outbox)%n", what, count,
				nanos / 1e9, count / (nanos / 1e9));
	}

	private static long percentile(long[] values, int p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
