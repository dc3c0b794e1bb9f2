package org.refinery.alignment.goal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.Fixtures;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/** Goal history and product targets through the API, on real PostgreSQL. */
@ServiceTest
class GoalHistoryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String GOALS = "/api/alignment/goals";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	AlignmentClient http;

	String product;

	UUID theme;

	String owner;

	@BeforeEach
	void setUp() {
		http = new AlignmentClient(port);
		var fixtures = new Fixtures(jdbc);
		product = Fixtures.uniqueKey("H");
		fixtures.product(product);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow", "ACTIVE", null);
		theme = fixtures.goal("THEME", objective, null, null, "Payments", "ACTIVE", null);
		owner = tokens.forUser("olga").realmRoles("product-owner").products(product).mint();
	}

	@Test
	void everyChangeIsInTheHistoryWithWhoWhenAndWhatAndAnEditThatChangesNothingChangesNeither() {
		UUID goal = productGoal("Checkout", "0.30");
		var changed = http.send(HttpMethod.PATCH, GOALS + "/" + goal, owner, """
				{"title":"One-click checkout","targetInvestmentShare":0.25}""", "\"1\"");
		assertThat(changed.getHeaders().getETag()).isEqualTo("\"2\"");

		var unchanged = http.send(HttpMethod.PATCH, GOALS + "/" + goal, owner, """
				{"title":"One-click checkout","targetInvestmentShare":0.2500}""", "\"2\"");

		assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"2\"");
		Map<?, ?> history = body(http.get(GOALS + "/" + goal + "/history?size=1", owner), 200);
		assertThat(history.get("totalElements")).isEqualTo(2);
		assertThat(history.get("page")).isEqualTo(0);
		assertThat(history.get("size")).isEqualTo(1);
		Map<?, ?> update = (Map<?, ?>) ((List<?>) history.get("content")).getFirst();
		assertThat(update.get("version")).isEqualTo(2);
		assertThat(update.get("action")).isEqualTo("UPDATED");
		assertThat(update.get("at")).isNotNull();
		assertThat(update.get("actor")).asString().contains("username=olga");
		assertThat(update.get("changes")).asString().isEqualTo("[{field=title, from=Checkout, to=One-click checkout}, "
				+ "{field=targetInvestmentShare, from=0.3, to=0.25}]");
		Map<?, ?> created = (Map<?, ?>) ((List<?>) body(http.get(GOALS + "/" + goal + "/history?page=1&size=1", owner),
				200).get("content")).getFirst();
		assertThat(created.get("action")).isEqualTo("CREATED");
	}

	@Test
	void keyResultsProgressIsInTheHistoryAndTheSameKeyResultsWrittenDifferentlyChangeNothing() {
		UUID goal = productGoal("Checkout", null);
		String uri = GOALS + "/" + goal;
		var progressed = http.send(HttpMethod.PATCH, uri, owner, """
				{"keyResults":[{"metric":"Conversion (%)","baseline":2,"target":4,"current":3.5}]}""", "\"1\"");
		assertThat(progressed.getHeaders().getETag()).isEqualTo("\"2\"");

		var same = http.send(HttpMethod.PATCH, uri, owner, """
				{"keyResults":[{"metric":"Conversion (%)","baseline":2.00,"target":4.0,"current":3.50}]}""", "\"2\"");

		assertThat(same.getHeaders().getETag()).isEqualTo("\"2\"");
		Map<?, ?> history = body(http.get(uri + "/history", owner), 200);
		assertThat(history.get("totalElements")).isEqualTo(2);
		Map<?, ?> update = (Map<?, ?>) ((List<?>) history.get("content")).getFirst();
		assertThat(update.get("version")).isEqualTo(2);
		assertThat((List<?>) update.get("changes")).singleElement().asString()
			.startsWith("{field=keyResults, from=null, to=[{")
			.contains("metric=Conversion (%)", "baseline=2", "target=4", "current=3.5");
		assertThat(http.get(uri + "/history", owner).getBody()).doesNotContain("E+").contains("\"current\":3.5");
	}

	@Test
	void theHistoryOfAGoalOfAProductTheCallerCannotSeeIsNotFound() {
		UUID goal = productGoal("Wallets", null);

		assertProblem(http.get(GOALS + "/" + goal + "/history", tokens.nora().mint()), 404,
				"No goal " + goal + " is visible to you");
	}

	@Test
	void theTargetSharesOfOneProductsGoalsCannotExceedAHundredPercentAndTheRefusalNamesTheField() {
		productGoal("Checkout", "0.7");

		var refused = http.post(GOALS, owner, productGoalBody("Wallets", "0.4"));

		assertProblem(refused, 422, "The target investment shares of the goals of product " + product
				+ " would add up to 110 %; at most 100 % can be invested");
		Map<?, ?> error = (Map<?, ?>) ((List<?>) body(refused, 422).get("errors")).getFirst();
		assertThat(error.get("pointer")).isEqualTo("/targetInvestmentShare");
		assertThat(error.get("value")).isEqualTo(0.4);
		assertThat(error.get("rule")).asString().contains("110 %");
		assertThat(body(refused, 422).get("type")).isEqualTo("https://refinery.dev/problems/invalid-input");
	}

	private UUID productGoal(String title, String share) {
		return UUID.fromString((String) body(http.post(GOALS, owner, productGoalBody(title, share)), 201).get("id"));
	}

	private String productGoalBody(String title, String share) {
		return """
				{"level":"PRODUCT_GOAL","parentId":"%s","productKey":"%s","title":"%s","targetInvestmentShare":%s,
				 "timeframeStart":"2026-02-01","timeframeEnd":"2026-05-31"}""".formatted(theme, product, title, share);
	}

}
