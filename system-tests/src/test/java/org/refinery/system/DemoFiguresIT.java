package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * What a fresh demo platform must show a portfolio manager: a trend for every demo product and
 * a value for every part of every product's refinement health. It runs before the classes that
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

	/** Each product's health parts that have no value ("left out of the score"), with the service's reason. */
	private Map<String, List<String>> partsWithoutValue(List<String> products) {
		Map<String, List<String>> missing = new TreeMap<>();
		for (String product : products) {
			List<JsonNode> parts = elements(ok(pia.get("/api/backlog/products/" + product + "/health")).path("parts"));
			assertThat(parts).as("the health parts of %s", product).isNotEmpty();
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
