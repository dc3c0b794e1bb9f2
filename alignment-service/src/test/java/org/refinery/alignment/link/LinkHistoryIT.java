package org.refinery.alignment.link;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.Fixtures;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/** Link history and the paged links of an item, on real PostgreSQL. */
@ServiceTest
class LinkHistoryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String LINKS = "/api/alignment/links";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void linkingAndUnlinkingAreInTheLinksHistoryWhichOutlivesTheLink() {
		var fixtures = new Fixtures(jdbc);
		String product = Fixtures.uniqueKey("K");
		UUID productId = fixtures.product(product);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow", "ACTIVE", null);
		UUID theme = fixtures.goal("THEME", objective, null, null, "Payments", "ACTIVE", null);
		UUID goal = fixtures.goal("PRODUCT_GOAL", theme, productId, product, "Checkout", "ACTIVE", null);
		UUID item = fixtures.item(productId, product, product + "-1", "T1", BigDecimal.TWO, "READY", "m");
		String owner = tokens.forUser("olga").realmRoles("product-owner").products(product).mint();
		var http = new AlignmentClient(port);
		UUID link = UUID.fromString((String) body(http.post(LINKS, owner, """
				{"itemId":"%s","goalId":"%s","rationale":"Serves checkout","contributionWeight":0.5}"""
			.formatted(item, goal)), 201).get("id"));
		Map<?, ?> links = body(http.get(LINKS + "?itemId=" + item + "&size=10", owner), 200);
		assertThat(links.get("totalElements")).isEqualTo(1);
		assertThat(links.get("size")).isEqualTo(10);

		http.send(HttpMethod.DELETE, LINKS + "/" + link, owner, null, null);

		List<?> history = (List<?>) body(http.get(LINKS + "/" + link + "/history", owner), 200).get("content");
		assertThat(history).hasSize(2);
		assertThat(history.getFirst()).asString().contains("action=UNLINKED", "version=2");
		assertThat(((Map<?, ?>) history.getFirst()).get("changes")).asString().isEqualTo("[{field=active, from=true, to=false}]");
		assertThat(((Map<?, ?>) history.get(1)).get("changes")).asString()
			.contains("field=rationale, from=null, to=Serves checkout", "field=contributionWeight, from=null, to=0.5");
		assertThat(jdbc.sql("select unlinked_at is not null from goal_link where id = :id").param("id", link)
			.query(Boolean.class).single()).isTrue();
		assertProblem(http.get(LINKS + "/" + link + "/history", tokens.nora().mint()), 404, "No link " + link);
		assertProblem(http.get(LINKS + "/" + link + "/history?size=501", owner), 400, null);
	}

}
