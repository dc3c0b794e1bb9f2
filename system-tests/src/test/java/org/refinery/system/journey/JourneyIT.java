package org.refinery.system.journey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;

/**
 * The refinement journey of a new product, end to end through the gateway with the real tokens of
 * the people who do each step. Every effect that travels over Kafka is awaited with a bound, never
 * slept for. The steps build on each other, so they run in order on one product.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class JourneyIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private static final String PRODUCT = "JRN";

	private static final List<String> TEAMS = List.of("JRN-APPS", "JRN-CORE", "JRN-DATA");

	private final Map<String, String> items = new HashMap<>();

	private PlatformClient owner;

	private PlatformClient apps;

	private PlatformClient core;

	private PlatformClient portfolio;

	private String sessionId;

	@BeforeAll
	void onboardTheProductsPeopleInTheRealm() {
		var realm = new JourneyRealm(SharedPlatform.stack().issuer());
		String product = realm.group("products", PRODUCT);
		realm.user("joan", "product-owner", List.of(product));
		realm.user("jamal", "team-member", List.of(product, realm.group("teams", "JRN-APPS")));
		realm.user("jin", "team-member", List.of(product, realm.group("teams", "JRN-CORE")));
		owner = SharedPlatform.as("joan");
		apps = SharedPlatform.as("jamal");
		core = SharedPlatform.as("jin");
		portfolio = SharedPlatform.as("pia");
	}

	@Test
	@Order(1)
	void a_product_owner_creates_a_product_with_three_teams_and_a_definition_of_ready() {
		created(owner.post("/api/backlog/products", """
				{"key":"JRN","name":"Journey","vision":"Prove the whole refinement journey","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"%s"}""".formatted(LocalDate.now().minusWeeks(12))));
		for (String team : TEAMS) {
			created(owner.post("/api/backlog/products/JRN/teams", """
					{"key":"%s","name":"Team %s","workMode":"SCRUM"}""".formatted(team, team.substring(4))));
		}
		ok(owner.send(owner.request("/api/backlog/products/JRN/definition-of-ready")
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"rules":["HAS_ACCEPTANCE_CRITERIA","ESTIMATED","TEAM_ASSIGNED","PREREQUISITES_READY","LINKED_TO_GOAL"],
					 "checklist":[]}"""))));

		JsonNode teams = ok(owner.get("/api/backlog/products/JRN/teams"));
		assertThat(Answers.elements(teams)).extracting(team -> team.path("key").asString())
			.containsExactlyInAnyOrderElementsOf(TEAMS);
	}

	@Test
	@Order(2)
	void team_representatives_add_and_estimate_items_in_a_session_with_two_teams() {
		// Sessions name only the product's people: the backlog cannot see who is in a Keycloak
		// group, so the owner makes the representatives members of their teams first (ADR 0009).
		member("jamal", "JRN-APPS");
		member("jin", "JRN-CORE");
		sessionId = created(owner.post("/api/backlog/products/JRN/refinement-sessions", """
				{"title":"Journey refinement","startsAt":"%s","facilitator":"joan",
				 "representatives":{"JRN-APPS":["jamal"],"JRN-CORE":["jin"]},"agenda":[]}"""
			.formatted(java.time.Instant.now()))).path("id").asString();

		items.put("api", addItem(core, "JRN-CORE", "Expose the journey API", 5));
		items.put("screen", addItem(apps, "JRN-APPS", "Show the journey on screen", 3));
		items.put("polish", addItem(apps, "JRN-APPS", "Polish the journey screen", 2));

		JsonNode backlog = ok(owner.get("/api/backlog/products/JRN/items?size=50"));
		assertThat(Answers.elements(backlog)).extracting(item -> item.path("title").asString())
			.containsExactly("Expose the journey API", "Show the journey on screen", "Polish the journey screen");
		assertThat(Answers.elements(backlog)).allSatisfy(item -> assertThat(item.path("estimate").isNumber()).isTrue());
	}

	@Test
	@Order(3)
	void a_cross_team_dependency_identified_in_the_session_keeps_the_dependent_item_from_being_ready() {
		HttpResponse<String> identified = await().atMost(EVENTUALLY).until(() -> apps.post("/api/dependencies", """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"BLOCKS","neededBy":"%s",
				 "note":"The screen needs the API","sessionId":"%s"}"""
			.formatted(items.get("screen"), items.get("api"), LocalDate.now().plusWeeks(4), sessionId)),
				response -> response.statusCode() != 422);
		created(identified);
		JsonNode dependencies = ok(owner.get("/api/dependencies?product=JRN"));
		assertThat(Answers.elements(dependencies)).singleElement()
			.satisfies(found -> assertThat(found.path("status").asString()).isEqualTo("IDENTIFIED"));

		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(failingRules(apps, items.get("screen")))
			.contains("PREREQUISITES_READY", "LINKED_TO_GOAL"));
	}

	@Test
	@Order(4)
	void a_portfolio_manager_defines_objectives_themes_and_goals_and_links_change_readiness() {
		String objective = created(portfolio.post("/api/alignment/goals", goal("OBJECTIVE", null, null, "Delight journeys", null)))
			.path("id").asString();
		String theme = created(portfolio.post("/api/alignment/goals", goal("THEME", objective, null, "Journey experience", null)))
			.path("id").asString();
		HttpResponse<String> productGoal = await().atMost(EVENTUALLY).until(
				// The product's own investment target: the organisation's themes already share their 100 %.
				() -> portfolio.post("/api/alignment/goals", goal("PRODUCT_GOAL", theme, PRODUCT, "Ship the journey", 0.6)),
				response -> response.statusCode() != 422 && response.statusCode() != 404);
		String goalId = created(productGoal).path("id").asString();

		for (String item : List.of("api", "screen")) {
			HttpResponse<String> link = await().atMost(EVENTUALLY).until(() -> portfolio.post("/api/alignment/links", """
					{"itemId":"%s","goalId":"%s","rationale":"The journey needs it"}""".formatted(items.get(item), goalId)),
					response -> response.statusCode() != 422);
			created(link);
		}

		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(failingRules(core, items.get("api"))).isEmpty());
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(failingRules(apps, items.get("screen")))
			.containsExactly("PREREQUISITES_READY"));
	}

	@Test
	@Order(5)
	void the_prerequisite_becoming_ready_makes_the_dependent_ready_and_the_session_closes_with_outcomes() {
		ready(core, items.get("api"));
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(failingRules(apps, items.get("screen"))).isEmpty());
		ready(apps, items.get("screen"));

		// Items the session decides about join its agenda while it runs; outcomes are for agenda items only.
		ok(owner.send(owner.request("/api/backlog/refinement-sessions/" + sessionId)
			.header("Content-Type", "application/json")
			.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"agenda":["%s","%s"]}""".formatted(items.get("api"), items.get("screen"))))));
		// An outcome that claims a state carries it: ESTIMATED sets the agreed estimate on the item.
		ok(owner.post("/api/backlog/refinement-sessions/" + sessionId + "/outcomes", """
				{"itemId":"%s","kind":"ESTIMATED","estimate":5,"note":"Agreed by both teams"}""".formatted(items.get("api"))));
		ok(owner.post("/api/backlog/refinement-sessions/" + sessionId + "/outcomes", """
				{"itemId":"%s","kind":"DEPENDENCY_IDENTIFIED","note":"Agreed by both teams"}""".formatted(items.get("screen"))));
		JsonNode closed = ok(owner.post("/api/backlog/refinement-sessions/" + sessionId + "/close", "{}"));

		assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("outcomes").size()).isEqualTo(2);
	}

	@Test
	@Order(6)
	void imported_throughput_gives_a_forecast_whose_ranges_respect_the_dependency() {
		for (String team : TEAMS) {
			var samples = new ArrayList<String>();
			LocalDate start = LocalDate.now().minusWeeks(12);
			for (int sprint = 0; sprint < 6; sprint++) {
				LocalDate from = start.plusWeeks(2L * sprint);
				samples.add("{\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"items\":1,\"points\":3}".formatted(from, from.plusDays(13)));
			}
			String body = "[" + String.join(",", samples) + "]";
			HttpResponse<String> imported = await().atMost(EVENTUALLY).until(() -> owner.send(owner
				.request("/api/forecasts/teams/" + team + "/throughput")
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))), response -> response.statusCode() != 422);
			ok(imported);
		}

		JsonNode forecast = await().atMost(EVENTUALLY).until(() -> {
			HttpResponse<String> response = owner.post("/api/forecasts/products/JRN", "{\"trials\":2000,\"seed\":7,\"horizon\":8}");
			return response.statusCode() == 201 ? PlatformClient.json(response) : null;
		}, node -> node != null && forecastOf(node, "screen") != null && forecastOf(node, "polish") != null);

		assertThat(forecast.path("notice").asString()).contains("forecast, not a commitment");
		JsonNode api = forecastOf(forecast, "api");
		JsonNode screen = forecastOf(forecast, "screen");
		assertThat(screen.path("p50").asInt()).as("the screen waits for the API of another team")
			.isGreaterThan(api.path("p50").asInt());
		assertThat(screen.path("p85").asInt()).isGreaterThanOrEqualTo(screen.path("p50").asInt());
	}

	@Test
	@Order(7)
	void alignment_summary_and_portfolio_reflect_every_change_and_health_metrics_move() {
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			JsonNode summary = ok(owner.get("/api/alignment/products/JRN/summary"));
			assertThat(Answers.elements(summary.path("unaligned"))).extracting(item -> item.path("id").asString())
				.containsExactly(items.get("polish"));
			assertThat(summary.path("overall").path("alignedItems").asInt()).isEqualTo(2);
			assertThat(summary.path("overall").path("items").asInt()).isEqualTo(3);
			assertThat(summary.path("overall").path("alignedEffort").decimalValue()).isEqualByComparingTo("8");
		});
		JsonNode portfolioView = ok(portfolio.get("/api/alignment/portfolio"));
		assertThat(portfolioView.toString()).contains("JRN");

		var backlogService = PlatformClient.of(SharedPlatform.managementUrl("backlog-service"), null);
		// The health gauges are refreshed on a fixed delay (half a minute), not on every scrape.
		await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			String metrics = backlogService.send(backlogService.request("/actuator/prometheus").setHeader("Accept", "text/plain"))
				.body();
			assertThat(metrics.lines()
				.filter(line -> line.startsWith("refinery_backlog_items{") && line.contains("product=\"JRN\"")
						&& line.contains("status=\"READY\"")))
				.singleElement()
				.satisfies(line -> assertThat(line).endsWith(" 2.0"));
		});
	}

	/**
	 * The trend back-fill is scheduled work that must run once (ADR 0011): on one replica it does,
	 * on two each replica's schedule asks for the lock and one of them does the product. Either way
	 * the product has one point per day, none twice, ending today, and earlier days back-filled.
	 */
	@Test
	@Order(8)
	void the_products_trend_is_back_filled_once_one_point_per_day() {
		int days = 400;
		JsonNode trend = await().atMost(EVENTUALLY.multipliedBy(2)).pollInterval(Duration.ofSeconds(2))
			.until(() -> ok(portfolio.get("/api/alignment/products/JRN/trend?days=" + days)).path("trend"),
					points -> points.size() == days && points.get(0).path("backfilled").asBoolean());
		var points = Answers.elements(trend);
		assertThat(points).extracting(point -> point.path("day").asString())
			.doesNotHaveDuplicates()
			.isSorted()
			.endsWith(LocalDate.now(ZoneOffset.UTC).toString());
	}

	private static String addItem(PlatformClient client, String team, String title, int estimate) {
		JsonNode item = created(client.post("/api/backlog/products/JRN/items", """
				{"type":"STORY","title":"%s","description":"%s, refined together","acceptanceCriteria":["It works end to end"],
				 "teamKey":"%s","contributingTeamKeys":[]}""".formatted(title, title, team)));
		ok(client.send(client.request("/api/backlog/items/" + item.path("id").asString() + "/estimate")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + item.path("version").asLong() + "\"")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"estimate\":" + estimate + "}"))));
		return item.path("id").asString();
	}

	private static void ready(PlatformClient client, String itemId) {
		for (String status : List.of("IN_REFINEMENT", "READY")) {
			long version = ok(client.get("/api/backlog/items/" + itemId)).path("version").asLong();
			ok(client.send(client.request("/api/backlog/items/" + itemId + "/status")
				.header("Content-Type", "application/json")
				.header("If-Match", "\"" + version + "\"")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}"))));
		}
	}

	private static List<String> failingRules(PlatformClient client, String itemId) {
		JsonNode readiness = ok(client.get("/api/backlog/items/" + itemId + "/readiness"));
		return Answers.elements(readiness.path("rules"))
			.stream()
			.filter(rule -> !rule.path("passed").asBoolean())
			.map(rule -> rule.path("rule").asString())
			.toList();
	}

	private JsonNode forecastOf(JsonNode forecast, String item) {
		return Answers.elements(forecast.path("items"))
			.stream()
			.filter(node -> node.path("itemId").asString().equals(items.get(item)))
			.findFirst()
			.orElse(null);
	}

	private static String goal(String level, String parent, String product, String title, Double share) {
		LocalDate start = LocalDate.now().withDayOfYear(1);
		return """
				{"level":"%s",%s%s"title":"%s","owner":"pia","status":"ACTIVE","weight":1,%s
				 "timeframeStart":"%s","timeframeEnd":"%s","keyResults":[]}"""
			.formatted(level, parent == null ? "" : "\"parentId\":\"" + parent + "\",",
					product == null ? "" : "\"productKey\":\"" + product + "\",", title,
					share == null ? "" : "\"targetInvestmentShare\":" + share + ",", start, start.plusYears(1).minusDays(1));
	}

	private void member(String username, String team) {
		ok(owner.send(owner.request("/api/backlog/products/JRN/members/" + username)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"roles":[{"role":"TEAM_MEMBER","teamKey":"%s"}]}""".formatted(team)))));
	}

}
