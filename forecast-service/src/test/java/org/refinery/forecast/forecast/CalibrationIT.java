package org.refinery.forecast.forecast;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.forecast.BacklogEvents;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.forecast.BacklogEvents.FIRST_SPRINT;
import static org.refinery.forecast.BacklogEvents.inSprint;

/** Calibration on real PostgreSQL: hand-made past forecasts against items that finished, or not. */
@ServiceTest
class CalibrationIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	Forecasts forecasts;

	@Autowired
	MeterRegistry registry;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	String product;

	UUID productId;

	List<ItemState> items;

	/** Items a to e of one team: a done in Sprint 1 (index 0), b and e in Sprint 2, c and d open. */
	@BeforeEach
	void aTeamsItemsOfWhichSomeFinished() {
		BacklogEvents events = new BacklogEvents(kafka);
		productId = UUID.randomUUID();
		product = "K" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		events.send(BacklogEvents.productCreated(productId, product));
		events.send(BacklogEvents.teamCreated(productId, product + "-A"));
		items = IntStream.range(0, 5)
			.mapToObj(i -> BacklogEvents.item(productId, product, product + "-A", "r" + i, 1))
			.toList();
		items.forEach(i -> events.send(BacklogEvents.created(i)));
		events.send(BacklogEvents.moved(items.get(0), ItemStatus.DONE, inSprint(0, 2)));
		events.send(BacklogEvents.moved(items.get(1), ItemStatus.DONE, inSprint(1, 2)));
		events.send(BacklogEvents.moved(items.get(4), ItemStatus.DONE, inSprint(1, 3)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from backlog_item where product_key = :key and status = 'DONE'")
				.param("key", product).query(Long.class).single() == 3);
	}

	@Test
	void theShareOfItemsDoneByTheirLatestPastP85IsTheCalibration() {
		// December: a, b, d, e 85 % likely by the end of Sprint 1; c beyond the horizon (not judged).
		forecasts.save(forecast(Instant.parse("2025-12-20T10:00:00Z"), new Integer[] { 1, 1, null, 1, 1 }));
		// Early January: e 85 % likely by the end of Sprint 2, which replaces December's judgement of e.
		forecasts.save(forecast(Instant.parse("2026-01-02T10:00:00Z"), new Integer[] { null, null, null, null, 2 }));

		Map<?, ?> calibration = http().getJson(path(), tokens.vic().products(product).mint());

		// a held (Sprint 1), b missed (Sprint 2), d missed (open), e held by its latest P85 (Sprint 2).
		assertThat(calibration.get("evaluated")).isEqualTo(4);
		assertThat(calibration.get("heldByP85")).isEqualTo(2);
		assertThat(calibration.get("share")).isEqualTo(0.5);
		assertThat(calibration.get("target")).isEqualTo(0.85);
		assertThat(registry.get("refinery.forecast.calibration").tag("product", product).gauge().value())
			.isEqualTo(0.5);
	}

	@Test
	void theBaselinesP50AndP95AreJudgedLikeTheirP85FromTheirOwnFacts() {
		// a done in Sprint 1, b and e in Sprint 2, c and d open.
		forecasts.save(forecast(Instant.parse("2025-12-20T10:00:00Z"), new Integer[] { 1, 1, 1, 1, 1 },
				new Integer[] { 1, 2, null, 2, 2 }, new Integer[] { 2, 2, null, null, 2 }));

		Map<?, ?> calibration = http().getJson(path(), tokens.vic().products(product).mint());

		List<?> percentiles = (List<?>) calibration.get("percentiles");
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("percentile")).containsExactly(50, 85, 95);
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("evaluated")).containsExactly(5, 4, 3);
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("held")).containsExactly(1, 3, 3);
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("share")).containsExactly(0.2, 0.75, 1.0);
		assertThat(calibration.get("heldByP85")).isEqualTo(3);
	}

	@Test
	void withoutPastForecastsOrHistoryNothingIsJudgedYet() {
		Map<?, ?> calibration = http().getJson(path(), tokens.ada().mint());

		assertThat(calibration.get("evaluated")).isEqualTo(0);
		assertThat(calibration.get("share")).isNull();
		assertThat(((Map<?, ?>) calibration.get("backtest")).get("judged")).isEqualTo(0);
		assertThat(((Map<?, ?>) calibration.get("backtest")).get("heldP85")).isNull();
	}

	@Test
	void onTheFirstDayImportedHistoryIsBacktestedWithoutAnyStoredForecast() {
		// A team without items (so without observed samples): ten Sprints of 3 items ending in the
		// current one, of which the last completed one only made 1.
		new BacklogEvents(kafka).send(BacklogEvents.teamCreated(productId, product + "-H"));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_team where key = :key")
			.param("key", product + "-H").query(Long.class).single() == 1);
		LocalDate current = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3);
		int[] items = { 3, 3, 3, 3, 3, 3, 3, 3, 1, 3 };
		for (int i = 0; i < items.length; i++) {
			LocalDate start = current.minusDays(14L * (items.length - 1 - i));
			jdbc.sql("insert into throughput_sample values (:team, :product, :start, :end, :items, 0, 'IMPORTED')")
				.param("team", product + "-H").param("product", product).param("start", start)
				.param("end", start.plusDays(13)).param("items", items[i]).update();
		}

		Map<?, ?> calibration = http().getJson(path(), tokens.ada().mint());

		Map<?, ?> backtest = (Map<?, ?>) calibration.get("backtest");
		assertThat(calibration.get("evaluated")).as("no stored forecast is due").isEqualTo(0);
		assertThat((String) calibration.get("method")).contains("at least that many");
		assertThat(backtest.get("judged")).as("the last 6 of H's 9 completed Sprints; A's 2 are too few").isEqualTo(6);
		assertThat(((List<?>) backtest.get("periods")).stream().<Object>map(p -> ((Map<?, ?>) p).get("p85")))
			.containsOnly(3);
		assertThat(backtest.get("heldP85")).as("only the Sprint of 1 item missed").isEqualTo(5 / 6.0);
		assertThat(backtest.get("heldP95")).isEqualTo(5 / 6.0);
		assertThat(List.of(backtest.get("expectedP50"), backtest.get("expectedP85"), backtest.get("expectedP95")))
			.as("every judged Sprint knew only Sprints of 3, so its forecasts gave 3 items a certain chance")
			.containsOnly(1.0);
	}

	@Test
	void theBaselineReRunAsOfTheLastSprintsJudgesEachItemOnItsOwnCompletion() {
		// A team that finished two items a Sprint for eleven Sprints (r00 to r21, in Sprints 89 to 99
		// of the product's 101, the 101st running), then none: r22 and r23 open, r24 to r29 after them.
		String key = product + "I";
		UUID id = UUID.randomUUID();
		LocalDate first = BacklogEvents.sprintsStartingToday();
		BacklogEvents events = new BacklogEvents(kafka);
		events.send(BacklogEvents.productCreated(id, key, first));
		events.send(BacklogEvents.teamCreated(id, key + "-A"));
		List<ItemState> ranked = IntStream.range(0, 30)
			.mapToObj(i -> BacklogEvents.item(id, key, key + "-A", "r%02d".formatted(i), 1))
			.toList();
		ranked.forEach(i -> events.send(BacklogEvents.created(i)));
		for (int i = 0; i < 22; i++) {
			events.send(BacklogEvents.moved(ranked.get(i), ItemStatus.DONE,
					first.plusDays(14L * (88 + i / 2) + 2).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
		}
		// Every one of the 22 completions counted, not just a sample per Sprint: the eleventh Sprint's
		// sample exists from its first completion on, while its second may still be on its way.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select coalesce(sum(items), 0) from throughput_sample where team_key = :team")
				.param("team", key + "-A").query(Long.class).single() == 22);

		Map<?, ?> calibration = http().getJson("/api/forecasts/products/" + key + "/calibration",
				tokens.ada().mint());

		// As of Sprint 95 (6 Sprints back, horizon 6): r12 to r21 held, r22 and r23 (due in Sprint 100)
		// missed, r24 to r29 beyond the horizon not judged; and so on up to Sprint 100, as of which
		// only r22 and r23 were judged, both missed: 30 of 42 judgements held, each percentile alike.
		Map<?, ?> items = (Map<?, ?>) calibration.get("itemBacktest");
		List<?> asOf = (List<?>) items.get("asOf");
		assertThat(asOf).extracting(a -> (Object) ((Map<?, ?>) a).get("period"))
			.containsExactly("Sprint 95", "Sprint 96", "Sprint 97", "Sprint 98", "Sprint 99", "Sprint 100");
		assertThat(asOf).extracting(a -> (Object) ((Map<?, ?>) a).get("open")).containsExactly(18, 16, 14, 12, 10, 8);
		assertThat(((List<?>) ((Map<?, ?>) asOf.getFirst()).get("percentiles")))
			.extracting(p -> (Object) ((Map<?, ?>) p).get("held"))
			.containsExactly(10, 10, 10);
		List<?> percentiles = (List<?>) items.get("percentiles");
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("evaluated")).containsExactly(42, 42, 42);
		assertThat(percentiles).extracting(p -> (Object) ((Map<?, ?>) p).get("held")).containsExactly(30, 30, 30);
		assertThat((String) calibration.get("method")).contains("Item backtest");
	}

	@Test
	void aStoredForecastLeavesItsItemsP85DueDatesAsCompactFacts() {
		forecasts.save(forecast(Instant.parse("2025-12-20T10:00:00Z"), new Integer[] { 1, 1, null, 1, 2 }));
		forecasts.save(forecast(Instant.parse("2025-12-21T10:00:00Z"), new Integer[] { 1, 1, null, 1, 2 }));

		// Only the facts these two left: the platform's own baseline of the product (since issue 21) names later dates.
		assertThat(jdbc.sql("select count(*) from forecast_p85 where product_key = :key and last_named_at < :day")
			.param("key", product).param("day", java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
			.query(Long.class).single()).as("one row per item and due date, however many forecasts named it")
			.isEqualTo(4);
	}

	/**
	 * The cost of a calibration does not depend on how many forecasts are stored: 200 baselines
	 * naming the same due dates leave 4 fact rows, and a calibration answers while every stored
	 * forecast is locked away from any reader (a read of one would wait for the lock): it reads 0
	 * of them, however many there are.
	 */
	@Test
	void aCalibrationReadsNoneOfTheStoredForecastsHoweverManyOnlyTheirFewFacts() {
		for (int n = 0; n < 200; n++) {
			forecasts.save(forecast(Instant.parse("2025-12-20T10:00:00Z").plusSeconds(n), new Integer[] { 1, 1, null, 1, 1 }));
		}
		assertThat(jdbc.sql("select count(*) from forecast_p85 where product_key = :key and last_named_at < :day")
			.param("key", product).param("day", java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
			.query(Long.class).single()).as("one row per item and due date").isEqualTo(4);

		var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
		Map<?, ?> calibration;
		try {
			calibration = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
				jdbc.sql("lock table forecast in access exclusive mode").update();
				try {
					return executor.submit(() -> http().getJson(path(), tokens.vic().products(product).mint()))
						.get(20, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new AssertionError("The calibration waited for the stored forecasts", ex);
				}
			});
		}
		finally {
			executor.shutdown();
		}

		assertThat(calibration.get("evaluated")).isEqualTo(4);
		assertThat(calibration.get("heldByP85")).as("a held by Sprint 1; b, d, e missed it").isEqualTo(1);
	}

	@Test
	void onlyThoseWhoSeeTheProductLearnItsCalibration() {
		assertThat(http().get(path(), tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);
		assertThat(http().get("/api/forecasts/products/NOPE/calibration", tokens.ada().mint()).getStatusCode().value())
			.isEqualTo(404);
		assertThat(http().get("/api/forecasts/products/not-a-key/calibration", tokens.ada().mint()).getStatusCode()
			.value()).isEqualTo(400);
		assertThat(http().get(path(), null).getStatusCode().value()).isEqualTo(401);
	}

	private Forecast forecast(Instant at, Integer[] p85) {
		return forecast(at, p85, p85, p85);
	}

	private Forecast forecast(Instant at, Integer[] p50, Integer[] p85, Integer[] p95) {
		List<UpcomingPeriod> periods = IntStream.rangeClosed(1, 3)
			.mapToObj(i -> new UpcomingPeriod(i, "Sprint " + i, FIRST_SPRINT.plusDays(14L * (i - 1)),
					FIRST_SPRINT.plusDays(14L * i - 1), 0, 0, 0, 0, 0))
			.toList();
		List<ItemForecast> forecastItems = IntStream.range(0, items.size())
			.mapToObj(i -> new ItemForecast(items.get(i).id(), "K-" + i, product + "-A", p50[i], p50[i], p85[i], p95[i],
					List.of(), null))
			.toList();
		return new Forecast(UUID.randomUUID(), productId, product, Forecast.NOTICE, Mode.COUNT, 100, 1, 3, List.of(),
				null, null, at, periods, forecastItems, List.of(), List.of(), null, List.of(), List.of());
	}

	private String path() {
		return "/api/forecasts/products/" + product + "/calibration";
	}

	private ServiceClient http() {
		return ServiceClient.onPort(port);
	}

}
