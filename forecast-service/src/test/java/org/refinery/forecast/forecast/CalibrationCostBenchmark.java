package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.contracts.RefineryEvent;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark of calibration's cost (docs/benchmarks.md): an administrator's POST (stored as the
 * baseline, so it writes the calibration facts too) of a product with 5,000 stored
 * forecasts against one of an identical product with none, interleaved in the same run. Before the
 * compact facts, each stored forecast cost the POST a read of its whole JSON.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CalibrationCostBenchmark {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final int STORED = 5_000;

	static final int ITEMS = 200;

	static final int ROUNDS = 31;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	Forecasts forecasts;

	@Test
	void aForecastCostsTheSameWithThousandsOfForecastsStoredAsWithNone() {
		String none = product();
		String many = product();
		seed(many);
		assertThat(jdbc.sql("select count(*) from forecast where product_key = :key").param("key", many)
			.query(Long.class).single()).as("a recomputation may have added one").isGreaterThanOrEqualTo(STORED);
		List<Long> empty = new ArrayList<>();
		List<Long> full = new ArrayList<>();
		for (int round = -5; round < ROUNDS; round++) {
			long a = post(none);
			long b = post(many);
			if (round >= 0) {
				empty.add(a);
				full.add(b);
			}
		}
		double ratio = (double) median(full) / median(empty);
		System.out.printf("POST median: none stored %.1f ms, %d stored %.1f ms, ratio %.2f%n", median(empty) / 1e6,
				STORED, median(full) / 1e6, ratio);
		assertThat(ratio).as("POST with %d stored forecasts vs none", STORED).isLessThanOrEqualTo(1.2);
	}

	/**
	 * What 5,000 recomputations an hour apart leave, written in bulk: 1 forecast saved, 4,999 copies
	 * of it an hour apart each, and the compact facts of their Sprints, which shift a day every 24
	 * of them (a recomputation may have named some already). Vacuumed, so that no clean-up after
	 * the seeding runs during the measurement.
	 */
	private void seed(String product) {
		UUID productId = jdbc.sql("select id from known_product where key = :key").param("key", product)
			.query(UUID.class).single();
		List<UUID> items = jdbc.sql("select id from backlog_item where product_key = :key").param("key", product)
			.query(UUID.class).list();
		Forecast template = pastForecast(productId, product, items);
		forecasts.save(template);
		jdbc.sql("""
				insert into forecast (id, product_id, product_key, generated_at, body)
				select gen_random_uuid(), product_id, product_key, generated_at - n * interval '1 hour', body
				from forecast, generate_series(1, :copies) n where id = :id""")
			.param("copies", STORED - 1).param("id", template.id()).update();
		jdbc.sql("""
				insert into forecast_p85 (product_key, item_id, due, last_named_at)
				select product_key, item_id, due - d, last_named_at - d * interval '1 day'
				from forecast_p85, generate_series(1, :days) d where product_key = :key
				on conflict do nothing""")
			.param("days", STORED / 24).param("key", product).update();
		jdbc.sql("vacuum analyze forecast").update();
		jdbc.sql("vacuum analyze forecast_p85").update();
	}

	private long post(String product) {
		long started = System.nanoTime();
		var response = ServiceClient.onPort(port).post("/api/forecasts/products/" + product, tokens.ada().mint(),
				"{\"trials\":200,\"horizon\":8,\"seed\":1}");
		long took = System.nanoTime() - started;
		assertThat(response.getStatusCode().value()).isEqualTo(201);
		return took;
	}

	/** A product of one team with 200 items and ten Sprints of 20 items of history. */
	private String product() {
		String key = "B" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		UUID id = UUID.randomUUID();
		BacklogEvents events = new BacklogEvents(kafka);
		events.send(BacklogEvents.productCreated(id, key));
		events.send(BacklogEvents.teamCreated(id, key + "-A"));
		IntStream.range(0, ITEMS).forEach(i -> events.send(BacklogEvents.created(
				BacklogEvents.item(id, key, key + "-A", "r%04d".formatted(i), 1))));
		LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(14 * 10);
		for (int i = 0; i < 10; i++) {
			jdbc.sql("insert into throughput_sample values (:team, :product, :start, :end, 20, 20, 'IMPORTED')")
				.param("team", key + "-A").param("product", key).param("start", start.plusDays(14L * i))
				.param("end", start.plusDays(14L * i + 13)).update();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from backlog_item where product_key = :key")
			.param("key", key).query(Long.class).single() == ITEMS);
		return key;
	}

	/** The forecast a recomputation made an hour ago, with 8 Sprints and P85s spread over them. */
	private Forecast pastForecast(UUID productId, String product, List<UUID> items) {
		Instant at = Instant.now().minus(Duration.ofHours(1));
		LocalDate first = LocalDate.ofInstant(at, ZoneOffset.UTC);
		List<UpcomingPeriod> periods = IntStream.rangeClosed(1, 8)
			.mapToObj(p -> new UpcomingPeriod(p, "Sprint " + p, first.plusDays(14L * (p - 1)), first.plusDays(14L * p - 1),
					0, 0, 0, 0, 0))
			.toList();
		List<ItemForecast> forecastItems = IntStream.range(0, items.size())
			.mapToObj(n -> new ItemForecast(items.get(n), "K-" + n, product + "-A", 1 + n / 30, 1 + n / 30,
					1 + n / 25, 1 + n / 25, List.of(), null))
			.toList();
		return new Forecast(UUID.randomUUID(), productId, product, Forecast.NOTICE, Mode.COUNT, 200, 1, 8, List.of(),
				null, null, at, periods, forecastItems, List.of(), List.of(), null, List.of(), List.of());
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
