package org.refinery.alignment.goal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.ContractEvents;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.alignment.GoalCreated;
import org.refinery.contracts.alignment.GoalUpdated;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/** Setting and changing goals over HTTP, on real PostgreSQL and Kafka. */
@ServiceTest
class GoalsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String GOALS = "/api/alignment/goals";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	AlignmentClient http;

	ContractEvents goalEvents;

	String product;

	UUID productId;

	String owner;

	@BeforeEach
	void setUp() {
		http = new AlignmentClient(port);
		goalEvents = new ContractEvents(consumers, Topics.ALIGNMENT_GOALS);
		product = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		productId = UUID.randomUUID();
		jdbc.sql("insert into product (id, key, name, version) values (:id, :key, 'Payments', 1)")
			.param("id", productId)
			.param("key", product)
			.update();
		owner = tokens.forUser("olga").realmRoles("product-owner").products(product).mint();
		// every theme shares the portfolio's 100 %: each test plans its themes' shares from none
		jdbc.sql("update goal set target_investment_share = null where level = 'THEME'").update();
	}

	@AfterEach
	void tearDown() {
		goalEvents.close();
	}

	@Test
	void aPortfolioManagerSetsAnObjectiveAndExactlyOneEventCarriesItsStateAtVersionOne() {
		var created = http.post(GOALS, tokens.pia().mint(), objective("Grow revenue", "2026-01-01", "2026-12-31"));

		UUID id = UUID.fromString((String) body(created, 201).get("id"));
		assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(created.getHeaders().getLocation()).hasToString(GOALS + "/" + id);
		assertThat(goalEvents.of(id, 1)).singleElement().isInstanceOfSatisfying(GoalCreated.class, event -> {
			assertThat(event.aggregateVersion()).isEqualTo(1);
			assertThat(event.productId()).isNull();
			assertThat(event.goal().title()).isEqualTo("Grow revenue");
			assertThat(event.actor().username()).isEqualTo("pia");
		});
	}

	@Test
	void aProductOwnerSetsAProductGoalUnderAThemeWithKeyResultsThatOnlyThoseWhoSeeTheProductRead() {
		UUID theme = theme(objective(), "Payments", "0.4");
		String body = """
				{"level":"PRODUCT_GOAL","parentId":"%s","productKey":"%s","title":"One-click checkout",
				 "timeframeStart":"2026-02-01","timeframeEnd":"2026-05-31","weight":3,
				 "keyResults":[{"metric":"Checkout conversion %%","baseline":61.5,"target":70}]}"""
			.formatted(theme, product);

		Map<?, ?> goal = body(http.post(GOALS, owner, body), 201);
		UUID id = UUID.fromString((String) goal.get("id"));

		assertThat(goal.get("keyResults")).asString().contains("Checkout conversion %");
		assertThat(body(http.get(GOALS + "/" + id, owner), 200).get("weight")).isEqualTo(3);
		assertProblem(http.get(GOALS + "/" + id, tokens.nora().mint()), 404, "No goal " + id + " is visible to you");
		assertThat(goalEvents.of(id, 1)).singleElement()
			.isInstanceOfSatisfying(GoalCreated.class, event -> assertThat(event.productId()).isEqualTo(productId));
	}

	@Test
	void nobodyButPortfolioManagersAndAdministratorsSetsObjectivesAndNothingIsWritten() {
		String title = "Team member objective " + UUID.randomUUID();
		assertProblem(http.post(GOALS, tokens.tess().mint(), objective(title, "2026-01-01", "2026-12-31")), 403,
				"Only portfolio managers and administrators manage objectives and themes");
		assertProblem(http.post(GOALS, owner, objective(title, "2026-01-01", "2026-12-31")), 403, null);
		assertThat(goalsTitled(title)).isZero();
	}

	@Test
	void aProductOwnerManagesOnlyTheGoalsOfHisOwnProducts() {
		UUID theme = theme(objective(), "Payments", null);
		String body = productGoal(theme, "Someone else's goal", "2026-02-01", "2026-03-31");

		assertProblem(http.post(GOALS, tokens.paul().mint(), body), 403,
				"Only product owners of " + product + " and portfolio managers manage its goals");
		assertThat(goalsTitled("Someone else's goal")).isZero();
	}

	@Test
	void aChildOutsideItsParentsTimeframeBreaksARuleAndIsNotWritten() {
		UUID theme = theme(objective(), "Payments", null);
		String title = "Late goal " + UUID.randomUUID();

		assertProblem(http.post(GOALS, owner, productGoal(theme, title, "2026-05-01", "2027-01-31")), 422,
				"The timeframe 2026-05-01..2027-01-31 of '" + title + "' must lie within the timeframe "
						+ "2026-01-01..2026-12-31 of its parent 'Payments'");
		assertThat(goalsTitled(title)).isZero();
	}

	@Test
	void themesEvenUnderDifferentObjectivesCannotPlanMoreThanAllThePortfoliosEffort() {
		UUID objective = objective();
		theme(objective, "Payments", "0.7");

		var refused = http.post(GOALS, tokens.pia().mint(), themeBody(objective(), "Search", "0.4"));

		assertProblem(refused, 422, "would add up to 110 %; at most 100 % can be invested");
		assertThat(body(refused, 422).get("errors")).asString()
			.contains("pointer=/targetInvestmentShare", "value=0.4", "they would add up to 110 %");
	}

	@Test
	void levelsNest() {
		UUID objective = objective();

		assertProblem(http.post(GOALS, owner, productGoal(objective, "Misplaced", "2026-02-01", "2026-03-31")), 422,
				"The parent of a PRODUCT_GOAL must be a THEME, but 'Objective of");
		assertProblem(http.post(GOALS, tokens.pia().mint(), themeBody(null, "Orphan", null)), 422,
				"A THEME needs a parent OBJECTIVE");
	}

	@Test
	void aChangeFromAStaleVersionIsRefusedAndACurrentOneIsPublishedWithWhatChanged() {
		UUID objective = objective();
		String pia = tokens.pia().mint();
		String patch = """
				{"status":"ACHIEVED","title":"Revenue grown"}""";

		var stale = http.send(HttpMethod.PATCH, GOALS + "/" + objective, pia, patch, "\"7\"");
		assertProblem(stale, 412, "The goal is at version 1, not 7");
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"1\"");

		var changed = http.send(HttpMethod.PATCH, GOALS + "/" + objective, pia, patch, "\"1\"");
		assertThat(body(changed, 200).get("status")).isEqualTo("ACHIEVED");
		assertThat(changed.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(goalEvents.of(objective, 2)).last().isInstanceOfSatisfying(GoalUpdated.class, event -> {
			assertThat(event.aggregateVersion()).isEqualTo(2);
			assertThat(event.changedFields()).containsExactly("status", "title");
		});
	}

	@Test
	void shorteningAParentBelowItsChildrenIsRefused() {
		UUID objective = objective();
		theme(objective, "Payments", null);

		assertProblem(http.send(HttpMethod.PATCH, GOALS + "/" + objective, tokens.pia().mint(),
				"{\"timeframeEnd\":\"2026-06-30\"}", null), 422, "of 'Payments' must lie within the timeframe");
	}

	@Test
	void malformedRequestsAreTheCallersMistakeAndNameWhatIsWrong() {
		String pia = tokens.pia().mint();
		String title = "Malformed " + UUID.randomUUID();

		assertProblem(http.post(GOALS, pia, "{\"level\":\"OBJECTIVE\",\"title\":\"" + title + "\"}"), 400,
				"timeframeEnd must not be null; timeframeStart must not be null");
		assertProblem(http.post(GOALS, pia, objective(title, "2026-01-01", "2026-12-31").replace("{", "{\"version\":3,")),
				400, null);
		assertProblem(http.post(GOALS, pia, objective(title, "2026-01-01", "2026-12-31").replace("\"level\"",
				"\"weight\":0,\"level\"")), 400, "weight must be greater than or equal to 1");
		assertProblem(http.send(HttpMethod.PATCH, GOALS + "/" + UUID.randomUUID(), pia, "{}", "soon"), 400, null);
		assertProblem(http.get(GOALS + "/not-a-uuid", pia), 400, null);
		assertThat(goalsTitled(title)).isZero();
	}

	@Test
	void aProductGoalNeedsAProductTheBacklogHasAnnounced() {
		UUID theme = theme(objective(), "Payments", null);
		String unannounced = product.replace('G', 'U');
		String body = productGoal(theme, "Too early", "2026-02-01", "2026-03-31").replace(product, unannounced);

		assertProblem(http.post(GOALS, tokens.ada().mint(), body), 422,
				"Product " + unannounced + " is not known to alignment yet");
	}

	@Test
	void anUnknownGoalIsNotFound() {
		UUID id = UUID.randomUUID();
		assertProblem(http.send(HttpMethod.PATCH, GOALS + "/" + id, tokens.pia().mint(), "{\"weight\":2}", null), 404,
				"No goal " + id + " is visible to you");
	}

	private UUID objective() {
		String title = "Objective of " + product;
		return UUID.fromString((String) body(http.post(GOALS, tokens.pia().mint(),
				objective(title, "2026-01-01", "2026-12-31")), 201).get("id"));
	}

	private UUID theme(UUID objective, String title, String share) {
		return UUID.fromString(
				(String) body(http.post(GOALS, tokens.pia().mint(), themeBody(objective, title, share)), 201).get("id"));
	}

	private static String objective(String title, String start, String end) {
		return """
				{"level":"OBJECTIVE","title":"%s","timeframeStart":"%s","timeframeEnd":"%s"}""".formatted(title, start,
				end);
	}

	private static String themeBody(UUID objective, String title, String share) {
		return """
				{"level":"THEME","parentId":%s,"title":"%s","targetInvestmentShare":%s,
				 "timeframeStart":"2026-01-01","timeframeEnd":"2026-12-31"}"""
			.formatted(objective == null ? "null" : "\"" + objective + "\"", title, share);
	}

	private String productGoal(UUID parent, String title, String start, String end) {
		return """
				{"level":"PRODUCT_GOAL","parentId":"%s","productKey":"%s","title":"%s",
				 "timeframeStart":"%s","timeframeEnd":"%s"}""".formatted(parent, product, title, start, end);
	}

	private long goalsTitled(String title) {
		return jdbc.sql("select count(*) from goal where title = :title").param("title", title).query(Long.class)
			.single();
	}

}
