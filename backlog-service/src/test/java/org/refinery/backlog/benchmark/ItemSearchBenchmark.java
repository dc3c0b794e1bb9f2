package org.refinery.backlog.benchmark;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.Ranks;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of {@code q=} searches through HTTP on a 200,000-item product on real PostgreSQL,
 * beside the same first page without {@code q} measured in the same run. Every item has a title,
 * a description and two acceptance criteria built from small vocabularies plus a token of its
 * own, so that searches range from one match (the token) to thousands (a common word). Totals are
 * counted up to the cap of {@code refinery.backlog.items.count-cap} (1,000); each line reports how
 * often the total was a lower bound. Each line starts with untimed calls (the first one's time is
 * printed), then 1,000 timed ones, so that p99 is the tenth slowest call, not the third; it also
 * prints the garbage collections during each line and its five slowest requests. Run with
 * {@code ./mvnw -B -ntp -o -pl backlog-service -am verify -Pbenchmark -Dit.test=ItemSearchBenchmark
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false};
 * results go to standard output (lines starting BENCH).
 */
@ServiceTest
class ItemSearchBenchmark {

	static final int LARGE = 200_000;

	static final int RUNS = 1_000;

	/** Untimed calls per line first: the line's query and answer shapes compiled and cached, as in use. */
	static final int WARM_UP = 50;

	static final String[] NOUNS = { "invoice", "ledger", "wallet", "voucher", "mandate", "payout", "chargeback",
			"statement", "receipt", "settlement", "merchant", "basket", "coupon", "dispute", "transfer", "currency",
			"pricing", "checkout", "shipment", "warehouse", "catalogue", "profile", "consent", "reminder", "schedule",
			"journal", "balance", "account", "terminal", "ticket", "report", "export", "webhook", "session", "tariff",
			"channel", "country", "language", "discount", "subscription" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measure() {
		var http = ServiceClient.onPort(port);
		// A loaded machine takes longer than a token's usual 5 minutes for all lines.
		String owner = KeycloakTokens.shared().paul().expiresIn(Duration.ofHours(2)).mint();
		String product = largeProduct(http, owner);
		String uri = "/api/backlog/products/" + product + "/items?size=50";
		Random random = new Random(42);
		measure(http, owner, "list without q (baseline)", n -> uri, -1);
		measure(http, owner, "whole backlog, all=true (kept count)", n -> uri + "&all=true", LARGE);
		measure(http, owner, "q= an item's own token (1 match)", n -> uri + "&q=tk" + token(random.nextInt(LARGE) + 1),
				1);
		measure(http, owner, "q= a common word (in title, description or criteria of about 7% of items)",
				n -> uri + "&q=" + NOUNS[random.nextInt(NOUNS.length)], -1);
		measure(http, owner, "q= a word and a team filter", n -> uri + "&q=" + NOUNS[random.nextInt(NOUNS.length)]
				+ "&team=" + product + "-T" + random.nextInt(5), -1);
		measure(http, owner, "q= a word and two teams", n -> {
			int team = random.nextInt(5);
			return uri + "&q=" + NOUNS[random.nextInt(NOUNS.length)] + "&team=" + product + "-T" + team + "&team="
					+ product + "-T" + (team + 1) % 5;
		}, -1);
		measure(http, owner, "q= a phrase of the criteria (about 2,200 matches)",
				n -> uri + "&q=for+" + random.nextInt(90) + "+days", -1);
		measure(http, owner, "q= a common word, second page by cursor", n -> {
			String first = uri + "&q=" + NOUNS[random.nextInt(NOUNS.length)];
			return first + "&after=" + http.getJson(first, owner).get("next");
		}, -1);
		measure(http, owner, "q= no match", n -> uri + "&q=zzq" + random.nextInt(1000), 0);
	}

	private String largeProduct(ServiceClient http, String owner) {
		String product = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Search","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (int t = 0; t < 5; t++) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s-T%d\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product, t));
		}
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product).query(UUID.class)
			.single();
		long start = System.nanoTime();
		jdbc.sql("insert into item (id, product_id, key, type, title, description, acceptance_criteria, team_key, "
				+ "rank, status, version) select gen_random_uuid(), :product, :key || '-' || n, 'STORY', "
				+ "'Item ' || n || ' about the ' || (:nouns)[1 + n % 40], "
				+ "'As a customer I want the ' || (:nouns)[1 + (n / 40) % 40] || ' handled, token tk' || "
				+ "substr(md5(n::text), 1, 10), array['Given a ' || (:nouns)[1 + (n / 1600) % 40] || ' exists', "
				+ "'Then it is kept for ' || n % 90 || ' days'], :key || '-T' || n % 5, r, 'DRAFT', 1 "
				+ "from unnest(:ranks) with ordinality as t(r, n)")
			.param("product", productId).param("key", product).param("nouns", NOUNS)
			.param("ranks", Ranks.spaced(LARGE))
			.update();
		jdbc.sql("insert into product_order (product_id, next_number, item_count) values (:product, :n, :n) "
				+ "on conflict (product_id) do update set next_number = :n, item_count = :n")
			.param("product", productId).param("n", LARGE).update();
		// As autovacuum leaves a table long since loaded: statistics, visibility map and the trigram
		// index's pending entries merged. Otherwise autovacuum does that work during the first lines.
		jdbc.sql("vacuum analyze item").update();
		System.out.printf("BENCH loaded %d items with their search index in %.1f s%n", LARGE,
				(System.nanoTime() - start) / 1e9);
		return product;
	}

	private String token(int n) {
		return jdbc.sql("select substr(md5(:n::text), 1, 10)").param("n", n).query(String.class).single();
	}

	private void measure(ServiceClient http, String owner, String what, IntFunction<String> uris, long expected) {
		long[] api = new long[RUNS];
		String[] asked = new String[RUNS];
		long matches = 0;
		int lowerBounds = 0;
		long first = 0;
		for (int i = 0; i < WARM_UP; i++) {
			long t = System.nanoTime();
			http.getJson(uris.apply(i), owner);
			first = i == 0 ? System.nanoTime() - t : first;
		}
		long[] collections = collections();
		for (int i = 0; i < RUNS; i++) {
			String uri = uris.apply(i);
			long t = System.nanoTime();
			Map<?, ?> page = http.getJson(uri, owner);
			api[i] = System.nanoTime() - t;
			asked[i] = uri.substring(uri.indexOf("size=50"));
			long total = ((Number) page.get("totalElements")).longValue();
			if (expected >= 0) {
				assertThat(total).as(uri).isEqualTo(expected);
			}
			matches += total;
			lowerBounds += Boolean.TRUE.equals(page.get("totalIsLowerBound")) ? 1 : 0;
		}
		long[] after = collections();
		System.out.printf("BENCH %s, %d items: p50 %.1f ms p99 %.1f ms max %.1f ms, first untimed call %.1f ms "
				+ "(mean totalElements %d, a lower bound in %d of %d; the JVM's collections meanwhile: %d, %d ms)%n",
				what, LARGE, ms(percentile(api, 50)), ms(percentile(api, 99)), ms(percentile(api, 100)), ms(first),
				matches / RUNS, lowerBounds, RUNS, after[0] - collections[0], after[1] - collections[1]);
		System.out.printf("BENCH   its five slowest: %s%n", slowest(api, asked, 5));
	}

	/** The requests of the slowest calls, to tell a slow kind of search from a busy moment. */
	private static String slowest(long[] nanos, String[] uris, int count) {
		return IntStream.range(0, nanos.length).boxed()
			.sorted((a, b) -> Long.compare(nanos[b], nanos[a]))
			.limit(count)
			.map(i -> "%.1f ms %s".formatted(ms(nanos[i]), uris[i]))
			.collect(Collectors.joining("; "));
	}

	/** How many garbage collections this JVM (service and client) has run, and their time in ms. */
	private static long[] collections() {
		long count = 0;
		long millis = 0;
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, collector.getCollectionCount());
			millis += Math.max(0, collector.getCollectionTime());
		}
		return new long[] { count, millis };
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
