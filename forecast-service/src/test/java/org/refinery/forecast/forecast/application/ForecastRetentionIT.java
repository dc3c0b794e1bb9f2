package org.refinery.forecast.forecast.application;

import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.junit.jupiter.api.Test;
import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.ItemForecast;
import org.refinery.forecast.forecast.Mode;
import org.refinery.forecast.forecast.UpcomingPeriod;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored forecasts are kept for the retention only, and calibration reads no older ones; on real PostgreSQL. */
@ServiceTest
class ForecastRetentionIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Forecasts forecasts;

	@Autowired
	ForecastRetention retention;

	@Test
	void forecastsPastTheRetentionAreDeletedExceptEachProductsLatest() {
		String busy = productKey();
		String quiet = productKey();
		Forecast march = save(forecast(busy, at("2023-03-01"), Map.of()));
		Forecast june = save(forecast(busy, at("2023-06-01"), Map.of()));
		Forecast recent = save(forecast(busy, at("2024-05-20"), Map.of()));
		Forecast onlyOne = save(forecast(quiet, at("2023-01-02"), Map.of()));
		Clock june2024 = Clock.fixed(at("2024-06-02"), ZoneOffset.UTC);

		new ForecastPurge(forecasts, new ForecastRetention(Duration.ofDays(365), Duration.ofHours(1)), june2024,
				new StaticListableBeanFactory().getBeanProvider(LockingTaskExecutor.class)).purge();

		assertThat(idsOf(busy)).containsExactly(recent.id()).doesNotContain(march.id(), june.id());
		assertThat(idsOf(quiet)).containsExactly(onlyOne.id());
		assertThat(forecasts.latest(quiet)).map(Forecast::id).contains(onlyOne.id());
	}

	@Test
	void baselinesOlderThanTwoWeeksAreThinnedToTheLastOfEachWeek() {
		String product = productKey();
		save(forecast(product, at("2024-04-01"), Map.of()));
		save(forecast(product, at("2024-04-03"), Map.of()));
		Forecast friday = save(forecast(product, at("2024-04-05"), Map.of()));
		Forecast nextWeek = save(forecast(product, at("2024-04-09"), Map.of()));
		Forecast recent = save(forecast(product, at("2024-05-29"), Map.of()));
		Forecast latest = save(forecast(product, at("2024-05-30"), Map.of()));
		Clock june2024 = Clock.fixed(at("2024-06-02"), ZoneOffset.UTC);

		new ForecastPurge(forecasts, new ForecastRetention(Duration.ofDays(3650), Duration.ofHours(1), Duration.ofDays(14)),
				june2024, new StaticListableBeanFactory().getBeanProvider(LockingTaskExecutor.class)).purge();

		assertThat(idsOf(product)).as("one a week past 14 days, each within them")
			.containsExactlyInAnyOrder(friday.id(), nextWeek.id(), recent.id(), latest.id());
	}

	@Test
	void calibrationReadsOnlyTheForecastsMadeWithinTheWindowAsked() {
		String product = productKey();
		UUID early = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		save(forecast(product, at("2023-06-01"), Map.of(early, LocalDate.parse("2023-06-14"))));
		save(forecast(product, at("2024-06-01"), Map.of(late, LocalDate.parse("2024-06-14"))));

		var dues = forecasts.p85DueBefore(product, LocalDate.parse("2024-12-01"), at("2024-01-01"));

		assertThat(dues).extracting(due -> due.itemId()).containsExactly(late);
		assertThat(forecasts.p85DueBefore(product, LocalDate.parse("2024-12-01"), at("2023-01-01")))
			.extracting(due -> due.itemId()).containsExactlyInAnyOrder(early, late);
	}

	@Test
	void theCalibrationOfAProductJudgesNoForecastOlderThanTheRetention() {
		String product = productKey();
		UUID productId = knownProduct(product);
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		UUID missedLongAgo = doneItem(productId, product, today.minusDays(5));
		UUID heldLately = doneItem(productId, product, today.minusDays(20));
		save(forecast(product, now.minus(retention.keep()).minus(Duration.ofDays(1)),
				Map.of(missedLongAgo, today.minusDays(30))));
		save(forecast(product, now.minus(Duration.ofDays(30)), Map.of(heldLately, today.minusDays(10))));

		Map<?, ?> calibration = ServiceClient.onPort(port)
			.getJson("/api/forecasts/products/" + product + "/calibration", tokens.ada().mint());

		assertThat(calibration.get("evaluated")).as("the old forecast's miss is not judged").isEqualTo(1);
		assertThat(calibration.get("heldByP85")).isEqualTo(1);
	}

	@Test
	void theTimeOfEveryForecastIsIndexedSoThePurgeFindsTheOldOnes() {
		assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'forecast' and indexname = 'forecast_by_time'")
			.query(String.class).optional()).hasValueSatisfying(definition -> assertThat(definition).contains("(generated_at)"));
	}

	private Forecast save(Forecast forecast) {
		forecasts.save(forecast);
		return forecast;
	}

	/** A hand-made forecast whose items are each 85 % likely done by the end of Sprint 1, which ends on the date given. */
	private static Forecast forecast(String product, Instant at, Map<UUID, LocalDate> p85) {
		List<UpcomingPeriod> periods = p85.values().stream()
			.map(end -> new UpcomingPeriod(1, "Sprint 1", end.minusDays(13), end, 0, 0, 0, 0, 0))
			.limit(1)
			.toList();
		List<ItemForecast> items = p85.keySet().stream()
			.map(id -> new ItemForecast(id, "K-1", product + "-A", 1, 1, 1, 1, List.of(), null))
			.toList();
		return new Forecast(UUID.randomUUID(), UUID.randomUUID(), product, Forecast.NOTICE, Mode.COUNT, 100, 1, 1,
				List.of(), null, null, at, periods, items, List.of(), List.of(), null, List.of(), List.of());
	}

	private List<UUID> idsOf(String product) {
		return jdbc.sql("select id from forecast where product_key = :key order by generated_at")
			.param("key", product)
			.query(UUID.class)
			.list();
	}

	private UUID knownProduct(String product) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into known_product values (:id, :key, 'SCALED_SCRUM', 14, null, '2026-01-05', 1)")
			.param("id", id).param("key", product).update();
		return id;
	}

	private UUID doneItem(UUID productId, String product, LocalDate completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item values (:id, :product, :key, :itemKey, :team, 'DONE', null, :rank, null, "
				+ ":completed, 1)")
			.param("id", id).param("product", productId).param("key", product)
			.param("itemKey", product + "-" + id.toString().substring(0, 4)).param("team", product + "-A")
			.param("rank", id.toString()).param("completed", Timestamp.from(completed.atTime(12, 0).toInstant(ZoneOffset.UTC)))
			.update();
		return id;
	}

	private static String productKey() {
		return "R" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
	}

	private static Instant at(String day) {
		return LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

}
