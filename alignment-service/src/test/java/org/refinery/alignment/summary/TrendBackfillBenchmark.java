package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.summary.application.TrendBackfiller;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark: back-filling 400 days of one 10,000-item product (items created over the
 * 400 days, 30 % closed, 60 % linked, a tenth of those links removed again), timed beside a
 * baseline of the same run: one cold computation of the product's summary (the same read of items,
 * goals and links, and the summary arithmetic). Then the summary endpoint's latency while idle and
 * while back-fills of the product run back to back on another thread. Opt-in, as it seeds 10,000
 * items: {@code ./mvnw -B -ntp -o -pl alignment-service verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TrendBackfillBenchmark -Dbenchmark=true}.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TrendBackfillBenchmark {

	static final String KEY = "BF01";

	static final int RUNS = 11;

	static final int CALLS = 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrendBackfiller backfiller;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void backfillTimeAndSummaryLatencyWhileItRuns() throws Exception {
		seed();
		var http = new AlignmentClient(port);
		String uri = "/api/alignment/products/" + KEY + "/summary?scope=open";
		long[] cold = time(RUNS, () -> ok(http, uri), () -> events.publishEvent(new BacklogChanged(KEY)));
		long[] backfill = time(RUNS, () -> transactions.executeWithoutResult(status -> backfiller.backfill(KEY)),
				() -> { });
		long[] idle = time(CALLS, () -> ok(http, uri), () -> { });
		var running = new AtomicBoolean(true);
		var during = new AtomicInteger();
		Thread loop = Thread.ofPlatform().start(() -> {
			while (running.get()) {
				transactions.executeWithoutResult(status -> backfiller.backfill(KEY));
				during.incrementAndGet();
			}
		});
		long[] busy = time(CALLS, () -> ok(http, uri), () -> { });
		running.set(false);
		loop.join();
		report("baseline: summary computed cold", cold);
		report("back-fill of 400 days", backfill);
		report("summary, idle", idle);
		report("summary, back-fills running", busy);
		System.out.printf("BENCHMARK back-fills during the busy calls: %d; ratios p50: back-fill/cold summary %.2f, "
				+ "busy/idle summary %.2f; p99 busy/idle %.2f%n", during.get(), ratio(backfill, cold, 50),
				ratio(busy, idle, 50), ratio(busy, idle, 99));
		assertThat(jdbc.sql("select count(*) from alignment_snapshot where product_key = :key and backfilled")
			.param("key", KEY).query(Long.class).single()).isEqualTo(400);
	}

	private String token() {
		return KeycloakTokens.shared().pia().mint();
	}

	private void ok(AlignmentClient http, String uri) {
		assertThat(http.get(uri, currentToken).getStatusCode().value()).isEqualTo(200);
	}

	private String currentToken;

	/** Three untimed calls, then {@code rounds} timed ones, {@code before} each outside the timing; sorted, in µs. */
	private long[] time(int rounds, Runnable call, Runnable before) {
		currentToken = token();
		for (int i = 0; i < 3; i++) {
			before.run();
			call.run();
		}
		long[] micros = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			currentToken = token();
			before.run();
			long start = System.nanoTime();
			call.run();
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		return micros;
	}

	private static void report(String what, long[] micros) {
		System.out.printf("BENCHMARK %-32s n=%3d p50=%7.1f ms p95=%7.1f ms p99=%7.1f ms%n", what, micros.length,
				p(micros, 50) / 1e3, p(micros, 95) / 1e3, p(micros, 99) / 1e3);
	}

	private static double ratio(long[] a, long[] b, int percentile) {
		return (double) p(a, percentile) / Math.max(1, p(b, percentile));
	}

	private static long p(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private void seed() {
		jdbc.sql("insert into product (id, key, name, version) values (gen_random_uuid(), :key, 'Backfill bench', 1)")
			.param("key", KEY).update();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, title, team_key, estimate, status, rank, "
				+ "version, parent_id, created_at, closed_at) select gen_random_uuid(), pr.id, pr.key, pr.key || '-' || i, "
				+ "'Item ' || i, pr.key || '-T' || (i % 8), case when i % 5 = 0 then null else (i % 13) + 1 end, "
				+ "case when i % 10 < 3 then 'DONE' else 'READY' end, lpad(i::text, 6, '0'), 1, null, "
				+ "now() - ((i % 400) || ' days')::interval, "
				+ "case when i % 10 < 3 then now() - ((i % 400) / 2 || ' days')::interval end "
				+ "from product pr cross join generate_series(1, 10000) i where pr.key = :key")
			.param("key", KEY).update();
		jdbc.sql("insert into goal (id, level, title, status) values ('00000000-0000-0000-0000-00000000bf00', "
				+ "'OBJECTIVE', 'Backfill objective', 'ACTIVE')").update();
		jdbc.sql("insert into goal_link (id, item_id, goal_id, product_id, product_key, rationale, contribution_weight, "
				+ "active, version, linked_by, linked_at, unlinked_at) select gen_random_uuid(), it.id, "
				+ "'00000000-0000-0000-0000-00000000bf00', it.product_id, it.product_key, 'bench', 1, "
				+ "it.rank::int % 60 <> 0, 1, 'bench', it.created_at + interval '1 day', "
				+ "case when it.rank::int % 60 = 0 then it.created_at + interval '3 days' end "
				+ "from backlog_item it where it.product_key = :key and it.rank::int % 10 < 6")
			.param("key", KEY).update();
		jdbc.sql("analyze").update();
	}

}
