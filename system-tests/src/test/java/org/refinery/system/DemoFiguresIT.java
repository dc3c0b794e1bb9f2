package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * What a fresh demo platform must show a portfolio manager: a trend for every demo product, a
 * value for every part of every product's refinement health, and a calibration of its forecasts. It runs before the classes that
 * change the shared platform's data, so that it sees the seeded demo as {@code ./refinery up}
 * leaves it.
 */
@Order(Order.DEFAULT - 200)
class DemoFiguresIT {

	/**
	 * Alignment back-fills a product's trend in the background within a minute of first seeing
	 * it, and the health figures come from read models the services fill from events after the
	 * seed: generous, but bounded.
	 */
	private static final Duration SETTLING = Duration.ofMinutes(3);

	/** Every part of the refinement-health score, as backlog-service names them. */
	private static final List<String> HEALTH_PARTS = List.of("READY_DEPTH", "TOP_READINESS", "CADENCE",
			"REPRESENTATION", "DEPENDENCIES", "ORDERING", "ALIGNMENT", "PREDICTABILITY");

	private final PlatformClient pia = SharedPlatform.as("pia");

	@Test
	void thePortfolioShowsANonEmptyTrendForEveryDemoProduct() {
		List<String> products = demoProducts();

		await().atMost(SETTLING).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
			JsonNode portfolio = ok(pia.get("/api/alignment/portfolio"));
			assertThat(elements(portfolio.path("products"))).extracting(product -> product.path("productKey").asString())
				.containsAll(products);
			assertThat(elements(portfolio.path("trend"))).as("the portfolio's trend").isNotEmpty();
			for (String product : products) {
				JsonNode trend = ok(pia.get("/api/alignment/products/" + product + "/trend")).path("trend");
				assertThat(elements(trend)).as("the trend of %s", product).isNotEmpty();
			}
		});
	}

	@Test
	void everyPartOfEveryDemoProductsHealthHasAValue() {
		List<String> products = demoProducts();

		await().atMost(SETTLING).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				partsWithoutValue(products)).as("the health parts without a value, by product").isEmpty());
	}

	/**
	 * Calibration judges the demo's past baselines and back-tests each team's throughput, so a
	 * fresh platform shows how well its forecasts held for every product.
	 */
	@Test
	void everyDemoProductsForecastCalibrationHasAValue() {
		List<String> products = demoProducts();

		await().atMost(SETTLING).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
			for (String product : products) {
				JsonNode calibration = ok(pia.get("/api/forecasts/products/" + product + "/calibration"));
				assertThat(calibration.path("share").isNumber() || calibration.path("backtest").path("heldP85").isNumber())
					.as("a calibration figure of %s: %s", product, calibration).isTrue();
			}
		});
	}

	/**
	 * The demo's history and its done items tell one story (each team's imported pace is the pace
	 * of its done items, finished in rank order), so its backtests say what a calibrated forecast
	 * would: P85 held in most judged cases, not in a quarter of them, and a Kanban team is judged
	 * per Sprint or Release rather than per day (where 0 items forecast and 0 done "held").
	 */
	@Test
	void everyDemoProductsBacktestsHoldTheirP85AboutAsOftenAsACalibratedForecastWouldPerSprintOrRelease() {
		List<String> products = List.of("PAY", "SHOP");

		await().atMost(SETTLING).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
			for (String product : products) {
				JsonNode calibration = ok(pia.get("/api/forecasts/products/" + product + "/calibration"));
				JsonNode itemP85 = elements(calibration.path("itemBacktest").path("percentiles")).stream()
					.filter(held -> held.path("percentile").asInt() == 85)
					.findFirst()
					.orElseThrow(() -> new AssertionError("no item backtest of " + product + " yet: " + calibration));
				assertThat(itemP85.path("evaluated").asInt()).as("items judged by %s's item backtest", product)
					.isGreaterThan(50);
				assertThat(itemP85.path("share").asDouble()).as("%s's item backtest, P85 held", product)
					.isBetween(0.7, 1.0);
				JsonNode teams = calibration.path("backtest");
				assertThat(teams.path("heldP85").asDouble()).as("%s's team backtest, P85 held", product)
					.isBetween(0.7, 1.0);
				assertThat(teams.path("expectedP85").isNumber()).as("%s's team backtest says what it expected", product)
					.isTrue();
				assertThat(teams.path("expectedP85").asDouble()).as("%s's team backtest, P85 expected", product)
					.isBetween(0.85, 1.0);
				assertThat(elements(teams.path("periods"))).as("%s's team backtest periods", product)
					.allSatisfy(period -> assertThat(LocalDate.parse(period.path("end").asString()))
						.isAfterOrEqualTo(LocalDate.parse(period.path("start").asString()).plusDays(13)));
			}
		});
	}

	/** Each product's health parts that have no value ("left out of the score"), with the service's reason. */
	private Map<String, List<String>> partsWithoutValue(List<String> products) {
		Map<String, List<String>> missing = new TreeMap<>();
		for (String product : products) {
			JsonNode health = ok(pia.get("/api/backlog/products/" + product + "/health"));
			assertThat(health.path("score").isNumber()).as("the health score of %s", product).isTrue();
			List<JsonNode> parts = elements(health.path("parts"));
			assertThat(parts).as("the health parts of %s", product)
				.extracting(part -> part.path("part").asString())
				.containsExactlyInAnyOrderElementsOf(HEALTH_PARTS);
			List<String> without = parts.stream()
				.filter(part -> !part.path("value").isNumber())
				.map(DemoFiguresIT::described)
				.toList();
			if (!without.isEmpty()) {
				missing.put(product, without);
			}
		}
		return missing;
	}

	/** The seeded products, as the portfolio manager (who sees every product) lists them. */
	private List<String> demoProducts() {
		List<String> products = elements(ok(pia.get("/api/backlog/products"))).stream()
			.map(product -> product.path("key").asString())
			.toList();
		assertThat(products).as("the demo products").contains("PAY", "SHOP");
		return products;
	}

	/** A part as the failure should name it: which part, and the service's own reason it has no value. */
	private static String described(JsonNode part) {
		return part.path("part").asString() + " (" + part.path("explanation").asString() + ")";
	}

}
