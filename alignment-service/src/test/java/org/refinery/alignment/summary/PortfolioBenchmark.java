package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.BacklogEvents;
import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark: 20 products × 10,000 items × 200 goals (60 % of items linked), the
 * product summary and the portfolio view timed over HTTP on the embedded engines, beside
 * baselines measured in the same run: the floor (one plain SQL aggregation of the headline
 * figures of all 20 products, no HTTP, no Java computation) and the views right after a change
 * (the product, or all 20 products, invalidated before each call, as a committed change does: the
 * summary recomputes, the portfolio serves the previous figures marked stale while the refresher
 * recomputes them). Then how long the refresher takes to bring all 20 back to current, and the
 * portfolio under a stream of item events on the real topic, each invalidating its product.
 * Opt-in, as it seeds 200,000 items: {@code ./mvnw -pl alignment-service verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PortfolioBenchmark -Dbenchmark=true}.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PortfolioBenchmark {

	static final int ROUNDS = 50;

	/** Time between two portfolio calls under the stream of changes. */
	static final Duration STREAM_PACE = Duration.ofMillis(500);

	/** Item events per second in the stream of changes. */
	static final int EVENTS_PER_SECOND = Integer.getInteger("benchmark.events.per.second", 10);

	static final String FLOOR = "select it.product_key, count(*) as items, "
			+ "count(*) filter (where aligned.item_id is not null) as aligned_items, "
			+ "sum(coalesce(it.estimate, 0)) as effort, "
			+ "sum(coalesce(it.estimate, 0)) filter (where aligned.item_id is not null) as aligned_effort "
			+ "from backlog_item it left join (select distinct l.item_id from goal_link l join goal g on g.id = l.goal_id "
			+ "where l.active and g.status = 'ACTIVE') aligned on aligned.item_id = it.id "
			+ "where it.status not in ('DONE', 'REMOVED') group by it.product_key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	String token;

	@Test
	void portfolioAndSummaryLatency() throws Exception {
		seed();
		var http = new AlignmentClient(port);
		String summaryUri = "/api/alignment/products/BN07/summary?scope=open";
		long[] floor = time(() -> assertThat(jdbc.sql(FLOOR).query().listOfRows()).hasSize(20), () -> { });
		long[] summary = time(() -> ok(http, summaryUri), this::freshToken);
		long[] summaryCold = time(() -> ok(http, summaryUri), () -> {
			freshToken();
			invalidate("BN07");
		});
		long[] portfolio = time(() -> ok(http, "/api/alignment/portfolio"), this::freshToken);
		long[] portfolioCold = time(() -> ok(http, "/api/alignment/portfolio"), () -> {
			freshToken();
			invalidateAll();
		});
		long[] refreshAll = refreshTimes(http);
		long[] portfolioStream;
		List<Long> staleAges = new ArrayList<>();
		try (var stream = new ChangeStream(kafka, jdbc, EVENTS_PER_SECOND)) {
			Thread.sleep(2_000);
			// paced, so that the stream runs long enough (about 30 s) to change every product many times
			portfolioStream = time(() -> staleAges.add(oldestStaleMillis(http)), () -> {
				freshToken();
				pause(STREAM_PACE);
			});
			report("stream events sent", stream.sent());
		}
		report("floor (SQL, 20 products)", floor);
		report("summary cached", summary);
		report("summary cold", summaryCold);
		report("portfolio cached", portfolio);
		report("portfolio, all 20 just changed", portfolioCold);
		report("refresher: all 20 current again", refreshAll);
		report("portfolio, " + EVENTS_PER_SECOND + " item events/s", portfolioStream);
		long[] ages = staleAges.stream().mapToLong(age -> Math.max(0, age) * 1_000).sorted().toArray();
		report("  oldest stale figures in a call", ages);
		System.out.printf("BENCHMARK ratios p50: portfolio cached/floor %.2f, cold/floor %.2f, stream/floor %.2f, "
				+ "cold/cached %.2f; summary cold/cached %.2f%n", ratio(portfolio, floor), ratio(portfolioCold, floor),
				ratio(portfolioStream, floor), ratio(portfolioCold, portfolio), ratio(summaryCold, summary));
		assertThat(p(portfolio, 99) / 1_000).as("cached portfolio p99 in ms")
			.isLessThanOrEqualTo(Long.getLong("benchmark.portfolio.p99", 200));
		assertThat(p(portfolioStream, 99) / 1_000).as("portfolio p99 under a stream of changes, in ms")
			.isLessThanOrEqualTo(Long.getLong("benchmark.portfolio.p99", 200));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Five times: all 20 products change, then the time until the portfolio shows none of them stale; in µs. */
	private long[] refreshTimes(AlignmentClient http) throws InterruptedException {
		long[] micros = new long[5];
		for (int i = 0; i < micros.length; i++) {
			freshToken();
			long start = System.nanoTime();
			invalidateAll();
			while (oldestStaleMillis(http) >= 0) {
				Thread.sleep(10);
			}
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		return micros;
	}

	/** Calls the portfolio; answers the age of its oldest stale product figures, or -1 if all are current. */
	private long oldestStaleMillis(AlignmentClient http) {
		var response = http.get("/api/alignment/portfolio", token);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		long now = System.currentTimeMillis();
		return JsonMapper.shared().readTree(response.getBody()).path("products").valueStream()
			.filter(product -> product.path("stale").asBoolean())
			.mapToLong(product -> now - Instant.parse(product.path("asOf").asString()).toEpochMilli())
			.max()
			.orElse(-1);
	}

	private void ok(AlignmentClient http, String uri) {
		assertThat(http.get(uri, token).getStatusCode().value()).isEqualTo(200);
	}

	/** A portfolio manager's token minted outside the timing, so a slow run never outlives it. */
	private void freshToken() {
		token = KeycloakTokens.shared().pia().mint();
	}

	private void invalidate(String productKey) {
		events.publishEvent(new BacklogChanged(productKey));
	}

	private void invalidateAll() {
		for (int product = 1; product <= 20; product++) {
			invalidate("BN%02d".formatted(product));
		}
	}

	/** Five untimed calls, then {@link #ROUNDS} timed ones, {@code before} each outside the timing; sorted, in µs. */
	private static long[] time(Runnable call, Runnable before) {
		for (int i = 0; i < 5; i++) {
			before.run();
			call.run();
		}
		long[] micros = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			before.run();
			long start = System.nanoTime();
			call.run();
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		return micros;
	}

	private static void report(String what, long[] micros) {
		System.out.printf("BENCHMARK %-34s p50=%7.1f ms p95=%7.1f ms p99=%7.1f ms%n", what, p(micros, 50) / 1e3,
				p(micros, 95) / 1e3, p(micros, 99) / 1e3);
	}

	private static void report(String what, int count) {
		System.out.printf("BENCHMARK %-34s %d%n", what, count);
	}

	private static double ratio(long[] a, long[] b) {
		return (double) p(a, 50) / Math.max(1, p(b, 50));
	}

	private static long p(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	/**
	 * Re-estimates random seeded items at a fixed rate through the item topic, each event one
	 * version newer, so each applied event invalidates its product's summaries.
	 */
	static final class ChangeStream implements AutoCloseable {

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		private final AtomicInteger sent = new AtomicInteger();

		ChangeStream(KafkaTemplate<String, RefineryEvent> kafka, JdbcClient jdbc, int perSecond) {
			List<ItemState> items = jdbc.sql("select id, product_id, product_key, key, team_key, rank from backlog_item "
					+ "where product_key like 'BN%' and status = 'READY' order by random() limit 2000")
				.query((row, n) -> BacklogEvents.item(row.getObject("id", UUID.class),
						row.getObject("product_id", UUID.class), row.getString("product_key"), row.getString("key"),
						row.getString("team_key"), BigDecimal.ONE, row.getString("rank"), ItemStatus.READY, 1))
				.list();
			var events = new BacklogEvents(kafka);
			timer.scheduleAtFixedRate(() -> {
				int n = sent.getAndIncrement();
				ItemState item = items.get(n % items.size());
				long version = 2 + n / items.size();
				events.send(BacklogEvents.estimated(BacklogEvents.at(item, version, BigDecimal.valueOf(1 + n % 8),
						ItemStatus.READY)));
			}, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
		}

		int sent() {
			return sent.get();
		}

		@Override
		public void close() {
			timer.shutdownNow();
		}

	}

	private void seed() {
		jdbc.sql("insert into product (id, key, name, version) select gen_random_uuid(), 'BN' || lpad(p::text, 2, '0'), "
				+ "'Bench ' || p, 1 from generate_series(1, 20) p").update();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, title, team_key, estimate, status, rank, "
				+ "version) select gen_random_uuid(), pr.id, pr.key, pr.key || '-' || i, 'Item ' || i, "
				+ "pr.key || '-T' || (i % 8), case when i % 5 = 0 then null else (i % 13) + 1 end, "
				+ "case when i % 10 = 0 then 'DONE' else 'READY' end, lpad(i::text, 6, '0'), 1 "
				+ "from product pr cross join generate_series(1, 10000) i where pr.key like 'BN%'").update();
		jdbc.sql("insert into goal (id, level, title, status) values ('00000000-0000-0000-0000-00000000b000', "
				+ "'OBJECTIVE', 'Bench objective', 'ACTIVE')").update();
		jdbc.sql("insert into goal (id, level, parent_id, title, status, target_investment_share) select "
				+ "gen_random_uuid(), 'THEME', '00000000-0000-0000-0000-00000000b000', 'Bench theme ' || t, 'ACTIVE', 0.1 "
				+ "from generate_series(0, 8) t").update();
		jdbc.sql("insert into goal (id, level, parent_id, product_id, product_key, title, status) select "
				+ "gen_random_uuid(), 'PRODUCT_GOAL', th.id, pr.id, pr.key, 'PG ' || pr.key || '-' || g, 'ACTIVE' "
				+ "from product pr cross join generate_series(0, 9) g join goal th on th.title = 'Bench theme ' || (g % 9) "
				+ "where pr.key like 'BN%' and (g < 9 or pr.key <= 'BN10')").update();
		jdbc.sql("insert into goal_link (id, item_id, goal_id, product_id, product_key, rationale, contribution_weight, "
				+ "active, version, linked_by, linked_at) select gen_random_uuid(), it.id, g.id, it.product_id, "
				+ "it.product_key, 'bench', 1, true, 1, 'bench', now() from backlog_item it join goal g "
				+ "on g.product_key = it.product_key and g.title = 'PG ' || it.product_key || '-' || (it.rank::int % 9) "
				+ "where it.product_key like 'BN%' and it.rank::int % 10 < 6").update();
		jdbc.sql("analyze").update();
	}

}
