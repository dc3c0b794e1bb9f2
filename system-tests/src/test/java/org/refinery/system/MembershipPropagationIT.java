package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;

/**
 * Product membership reaches every service within two seconds of the write's answer, and counts
 * from the next request, with no new login (ADR 0009). Runs after the classes that expect paul to
 * own only the demo products, since his new product stays on the shared platform.
 */
@Order(Order.DEFAULT + 30)
class MembershipPropagationIT {

	private static final Duration PROPAGATION = Duration.ofSeconds(2);

	private final PlatformClient paul = SharedPlatform.as("paul");

	private final PlatformClient tess = SharedPlatform.as("tess");

	private final PlatformClient vic = SharedPlatform.as("vic");

	@Test
	void a_created_product_a_granted_member_and_a_removed_one_count_in_every_service_within_two_seconds() {
		String product = "MB" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
		String team = product + "-CORE";
		created(paul.post("/api/backlog/products", """
				{"key":"%s","name":"Membership","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"%s"}""".formatted(product, LocalDate.now().minusWeeks(4))));
		await().atMost(PROPAGATION).untilAsserted(() -> {
			assertThat(statuses(paul, product)).containsOnly(200);
			assertThat(paul.get("/api/backlog/products?size=500").body()).as("the dashboard's product list")
				.contains("\"key\":\"" + product + "\"");
		});

		created(paul.post("/api/backlog/products/" + product + "/teams",
				"{\"key\":\"%s\",\"name\":\"Core\",\"workMode\":\"SCRUM\"}".formatted(team)));
		String item = created(paul.post("/api/backlog/products/" + product + "/items",
				"{\"type\":\"STORY\",\"title\":\"Grant people\",\"teamKey\":\"%s\"}".formatted(team))).path("id").asString();
		assertThat(statuses(tess, product)).containsOnly(404);

		ok(paul.send(paul.request("/api/backlog/products/" + product + "/members/tess")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]}"
				.formatted(team)))));
		await().atMost(PROPAGATION).untilAsserted(() -> {
			assertThat(tess.send(tess.request("/api/backlog/items/" + item)
				.header("Content-Type", "application/json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Granted people\"}"))).statusCode())
				.isEqualTo(200);
			assertThat(statuses(tess, product)).containsOnly(200);
		});

		assertThat(paul.delete("/api/backlog/products/" + product + "/members/tess").statusCode()).isEqualTo(204);
		await().atMost(PROPAGATION).untilAsserted(() -> assertThat(statuses(tess, product)).containsOnly(404));
		assertThat(statuses(vic, "PAY")).as("vic sees PAY through his Keycloak group only: unaffected").containsOnly(200);
	}

	/** What each service answers the caller for the product: the backlog, dependencies, alignment, forecasts. */
	private static List<Integer> statuses(PlatformClient caller, String product) {
		return List.of("/api/backlog/products/" + product, "/api/dependencies/products/" + product + "/analysis",
				"/api/alignment/products/" + product + "/summary", "/api/forecasts/products/" + product + "/calibration")
			.stream()
			.map(caller::get)
			.map(HttpResponse::statusCode)
			.toList();
	}

}
