package org.refinery.backlog.health;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.contracts.forecasts.ForecastMode;
import org.refinery.contracts.forecasts.ForecastPeriod;
import org.refinery.contracts.forecasts.ForecastState;
import org.refinery.contracts.forecasts.ItemForecast;
import org.refinery.contracts.forecasts.PeriodRef;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The health score of a product read from real PostgreSQL: its backlog seeded through the API,
 * then dated and completed directly in the tables (the API stamps "now"), and the read models
 * of other services' events filled as their consumers would. Expected figures are computed by
 * hand in the comments.
 */
@ServiceTest
class ProductHealthIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthFigures figures;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	UUID productId;

	LocalDate firstPeriod = LocalDate.now().minusDays(70); // Sprints of 14 days: periods 0–4 are complete

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Health","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"%s"}""".formatted(product, firstPeriod));
		productId = UUID.fromString((String) http.getJson("/api/backlog/products/" + product, owner).get("id"));
		for (String team : List.of("A", "B")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s-%s\",\"name\":\"Team %s\",\"workMode\":\"SCRUM\"}".formatted(product, team, team));
		}
	}

	/**
	 * Team A: READY 8 and 5, one DRAFT, DONE 10/6/8 in periods 1/2/3; team B: READY 3, DONE 4
	 * in period 3; one DRAFT without a team. Ranks follow creation order.
	 */
	void aBacklogWithVelocityReadyWorkDependenciesLinksAndASession() {
		item("A1", "A", "READY", 8, null);
		item("A2", "A", "READY", 5, null);
		item("A3", "A", "DRAFT", null, null);
		item("A4", "A", "DONE", 10, 15);
		item("A5", "A", "DONE", 6, 30);
		item("A6", "A", "DONE", 8, 45);
		item("B1", "B", "READY", 3, null);
		item("B2", "B", "DONE", 4, 44);
		item("N1", null, "DRAFT", null, null);
		dependency("A3", "A1", "BLOCKS", "IDENTIFIED", 40); // open, aged, in order
		dependency("A1", "B1", "BLOCKS", "ACKNOWLEDGED", 1); // open; A1 ranks above its prerequisite B1
		dependency("A2", "A1", "BLOCKS", "RESOLVED", 50); // closed: counts nowhere
		UUID active = UUID.randomUUID();
		UUID retired = UUID.randomUUID();
		goal(active, "ACTIVE");
		goal(retired, "RETIRED");
		link("A1", active);
		link("A2", retired);
		link("B1", UUID.randomUUID()); // a goal not announced yet counts as active
		UUID session = UUID.randomUUID();
		jdbc.sql("insert into refinement_session (id, product_id, title, facilitator, starts_at, status, version) "
				+ "values (:id, :p, 'Cross-team', 'paul', now() - interval '3 days 1 hour', 'CLOSED', 2)")
			.param("id", session).param("p", productId).update();
		jdbc.sql("insert into session_participant values (:s, :team, 'tess')").param("s", session)
			.param("team", product + "-A").update();
	}

	@Test
	void the_figures_of_each_team_are_read_from_the_backlog() {
		aBacklogWithVelocityReadyWorkDependenciesLinksAndASession();

		var teams = figures.ofAllTeams(6).stream().filter(t -> t.productKey().equals(product)).toList();

		assertThat(teams).extracting(TeamFigures::teamKey).containsExactly(product + "-A", product + "-B", "none");
		TeamFigures a = teams.get(0);
		assertThat(a.itemsByStatus()).isEqualTo(Map.of("READY", 2L, "DRAFT", 1L, "DONE", 3L));
		// done per period 0..4 = 0, 10, 6, 8, 0 → median 6; ready 13 / 6 = 2.17
		assertThat(a.readyDepthInPeriods()).isEqualTo(2.17);
		assertThat(a.topReadinessRatio()).isEqualTo(2.0 / 3);
		assertThat(a.daysSinceRepresented()).isEqualTo(3);
		TeamFigures b = teams.get(1);
		// done per period = 0, 0, 0, 4, 0 → median 0: no velocity, no depth
		assertThat(b.readyDepthInPeriods()).isZero();
		assertThat(b.topReadinessRatio()).isEqualTo(1.0);
		assertThat(b.daysSinceRepresented()).isEqualTo(-1);
		assertThat(teams.get(2).itemsByStatus()).isEqualTo(Map.of("DRAFT", 1L));
		assertThat(teams.get(2).topReadinessRatio()).isZero();
	}

	@Test
	void the_health_endpoint_scores_every_part_from_backlog_and_read_models() {
		aBacklogWithVelocityReadyWorkDependenciesLinksAndASession();
		figuresArriveFromTheForecastService(new ForecastSpread(2.0, 5));

		Map<?, ?> health = http.getJson("/api/backlog/products/" + product + "/health", owner);

		assertThat(health.get("productKey")).isEqualTo(product);
		assertThat(Instant.parse((String) health.get("computedAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		List<Map<String, Object>> parts = partsOf(health);
		assertThat(parts).extracting(p -> p.get("part")).containsExactly("READY_DEPTH",
				"TOP_READINESS", "CADENCE", "REPRESENTATION", "DEPENDENCIES", "ORDERING", "ALIGNMENT",
				"PREDICTABILITY");
		assertThat(parts).allSatisfy(p -> assertThat(p).containsOnlyKeys("part", "score", "weight",
				"value", "unit", "explanation"));
		// done 0, 10, 6, 12, 0 → median 6; 16 / 6 = 2.67 sprints → 100 · top 3 of 5 ready → 75
		// · 3 days → 100 · 1 of 2 teams → 50 · 1 of 2 dependencies aged → 50 · 1 of 2 blocking
		// out of order → 50 · 2 of 5 top items aligned → 50 · spread 2.0 → 67
		assertThat(parts).extracting(p -> p.get("score")).containsExactly(100, 75, 100, 50, 50, 50,
				50, 67);
		// (100*20 + 75*20 + 100*15 + 50*15 + 50*10 + 50*10 + 50*5 + 67*5) / 100 = 73.35
		assertThat(health.get("score")).isEqualTo(73);
	}

	@Test
	void the_portfolio_reads_all_products_together_with_the_same_figures_as_each_alone() {
		aBacklogWithVelocityReadyWorkDependenciesLinksAndASession();
		figuresArriveFromTheForecastService(new ForecastSpread(2.0, 5));
		jdbc.sql("update item set updated_at = now() - interval '40 days' where product_id = :p and title in ('A3', 'N1')")
			.param("p", productId).update();
		String empty = "E" + product.substring(1);
		var created = http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Empty","deliveryMode":"SCALED_KANBAN","releaseLengthDays":30,
				 "firstPeriodStart":"%s"}""".formatted(empty, firstPeriod));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		UUID emptyId = UUID.fromString((String) http.getJson("/api/backlog/products/" + empty, owner).get("id"));

		var together = figures.ofProducts(List.of(productId, emptyId), 6);

		assertThat(together).containsExactly(figures.ofProduct(emptyId, 6).orElseThrow(),
				figures.ofProduct(productId, 6).orElseThrow());
		assertThat(together.get(1).figures().staleByTeam()).isEqualTo(Map.of(product + "-A", 1L, product + "-B", 0L,
				"none", 1L));
		assertThat(figures.ofProducts(List.of(), 6)).isEmpty();
	}

	@Test
	void the_portfolio_lists_each_visible_products_score_weakest_part_and_stale_items() {
		aBacklogWithVelocityReadyWorkDependenciesLinksAndASession();
		figuresArriveFromTheForecastService(new ForecastSpread(2.0, 5));
		jdbc.sql("update item set updated_at = now() - interval '40 days' where product_id = :p and title = 'A3'")
			.param("p", productId).update();

		Map<String, Object> entry = portfolioEntry(owner);

		assertThat(entry.get("score")).isEqualTo(73);
		assertThat(entry.get("name")).isEqualTo("Health");
		// the lowest scores are 50 (REPRESENTATION 15, DEPENDENCIES 10, ORDERING 10, ALIGNMENT 5): the heaviest
		assertThat(entry.get("weakestPart")).asString().contains("part=REPRESENTATION", "score=50");
		assertThat(entry.get("readyDepth")).isEqualTo(2.67);
		assertThat(entry.get("forecastSpread")).isEqualTo(2.0);
		assertThat(entry.get("staleItems")).isEqualTo(1);
		assertThat(partsOf(entry)).hasSize(8);
		assertThat(portfolioEntry(tokens.nora().mint())).as("nora sees no product of paul's").isNull();
		assertThat(http.get("/api/backlog/portfolio/health?size=501", owner).getStatusCode().value()).isEqualTo(400);
	}

	/** This test's product in the first 500 of the portfolio's health, or null when the caller does not see it. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> portfolioEntry(String token) {
		var content = (List<Map<String, Object>>) http.getJson("/api/backlog/portfolio/health?size=500", token)
			.get("content");
		return content.stream().filter(e -> product.equals(e.get("productKey"))).findFirst().orElse(null);
	}

	@Test
	void an_invisible_product_has_no_health_to_show() {
		assertThat(http.get("/api/backlog/products/" + product + "/health", tokens.nora().mint()).getStatusCode()
			.value()).isEqualTo(404);
		assertThat(http.get("/api/backlog/products/NOPE/health", owner).getHeaders().getContentType())
			.hasToString("application/problem+json");
		assertThat(http.get("/api/backlog/products/" + product + "/health", null).getStatusCode().value())
			.isEqualTo(401);
	}

	@Test
	void a_computed_forecast_moves_the_predictability_part() {
		item("F1", "A", "DRAFT", null, null);
		assertThat(part("PREDICTABILITY").get("score")).isNull();

		// spreads 3/2 = 1.5 and 4/1 = 4 → median 2.75 → (3 - 2.75) / 1.5 = 17
		send(forecast(Instant.now(), new ItemForecast(UUID.randomUUID(), product + "-1", period(2), null, null,
				period(3)), new ItemForecast(UUID.randomUUID(), product + "-2", period(1), null, null, period(4))));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(part("PREDICTABILITY"))
			.extracting(p -> p.get("score"), p -> p.get("value")).containsExactly(17, 2.75));
		// an older forecast arriving late changes nothing
		send(forecast(Instant.now().minusSeconds(3600), new ItemForecast(UUID.randomUUID(), product + "-1",
				period(1), null, null, period(1))));
		send(forecast(Instant.now(), new ItemForecast(UUID.randomUUID(), product + "-1", period(1), null, null,
				period(1))));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(part("PREDICTABILITY").get("score"))
			.isEqualTo(100));
	}

	private Map<String, Object> part(String name) {
		return partsOf(http.getJson("/api/backlog/products/" + product + "/health", owner)).stream()
			.filter(p -> name.equals(p.get("part")))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> partsOf(Map<?, ?> health) {
		return (List<Map<String, Object>>) health.get("parts");
	}

	private void send(ForecastComputed event) {
		kafka.send(Topics.FORECASTS, event.aggregateId().toString(), event).join();
	}

	private ForecastComputed forecast(Instant generatedAt, ItemForecast... items) {
		UUID id = UUID.randomUUID();
		var periods = List.of(1, 2, 3, 4).stream()
			.map(i -> new ForecastPeriod(i, "Sprint " + i, LocalDate.now().plusDays(14L * (i - 1)),
					LocalDate.now().plusDays(14L * i - 1)))
			.toList();
		var state = new ForecastState(id, productId, product, ForecastMode.COUNT, 1000, 42, periods, List.of(items),
				generatedAt);
		return new ForecastComputed(UUID.randomUUID(), generatedAt, productId, id, 1, new Actor("s", "paul"), state);
	}

	private static PeriodRef period(int index) {
		return new PeriodRef(index, "Sprint " + index);
	}

	private void figuresArriveFromTheForecastService(ForecastSpread spread) {
		jdbc.sql("insert into forecast_view values (:p, :f, now(), :spread, :items)").param("p", productId)
			.param("f", UUID.randomUUID()).param("spread", spread.medianSpread()).param("items", spread.items())
			.update();
	}

	private void item(String title, String team, String status, Integer estimate, Integer completedOnDay) {
		String teamJson = team == null ? "" : ",\"teamKey\":\"%s-%s\"".formatted(product, team);
		var created = http.post("/api/backlog/products/" + product + "/items", owner,
				"{\"type\":\"STORY\",\"title\":\"%s\"%s}".formatted(title, teamJson));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		Timestamp completed = completedOnDay == null ? null
				: Timestamp.valueOf(firstPeriod.plusDays(completedOnDay).atTime(12, 0));
		jdbc.sql("update item set status = :status, estimate = :estimate, completed_at = :completed, "
				+ "ready = :ready where product_id = :p and title = :title")
			.param("status", status).param("estimate", estimate).param("completed", completed)
			.param("ready", "READY".equals(status)).param("p", productId).param("title", title)
			.update();
	}

	private UUID idOf(String title) {
		return jdbc.sql("select id from item where product_id = :p and title = :t").param("p", productId)
			.param("t", title).query(UUID.class).single();
	}

	private void dependency(String dependent, String prerequisite, String type, String status, int daysAgo) {
		jdbc.sql("insert into dependency_view values (:id, :dependent, :prerequisite, :type, :status, 1, "
				+ "now() - make_interval(days => :days))")
			.param("id", UUID.randomUUID()).param("dependent", idOf(dependent))
			.param("prerequisite", idOf(prerequisite)).param("type", type).param("status", status)
			.param("days", daysAgo).update();
	}

	private void goal(UUID id, String status) {
		jdbc.sql("insert into goal_view values (:id, :status, 1)").param("id", id).param("status", status).update();
	}

	private void link(String item, UUID goal) {
		jdbc.sql("insert into goal_link_view values (:id, :item, :goal, true, 1)").param("id", UUID.randomUUID())
			.param("item", idOf(item)).param("goal", goal).update();
	}

}
