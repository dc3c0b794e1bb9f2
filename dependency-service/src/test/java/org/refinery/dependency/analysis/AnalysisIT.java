package org.refinery.dependency.analysis;

import org.junit.jupiter.api.Test;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The product analysis over HTTP, from dependencies identified through the API. */
@ServiceTest
class AnalysisIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAnalysisShowsLayersCriticalPathConflictsAndTeamsOfAVisibleProduct() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String owner = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		UUID a = item(product, 1, product + "-CHECKOUT", "a", "5");
		UUID b = item(product, 2, product + "-LEDGER", "b", "8");
		for (UUID[] pair : new UUID[][] { { a, b } }) {
			assertThat(http.post("/api/dependencies", owner, "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\"}"
				.formatted(pair[0], pair[1])).getStatusCode().value()).isEqualTo(201);
		}

		Map<?, ?> analysis = http.getJson("/api/dependencies/products/" + product + "/analysis", owner);

		assertThat(analysis.get("cycles")).isEqualTo(List.of());
		assertThat(analysis.get("layers")).asList().hasSize(2);
		assertThat(((Map<?, ?>) analysis.get("criticalPath")).get("points")).isEqualTo(13.0);
		assertThat(analysis.get("orderingConflicts")).asList().hasSize(1);
		assertThat(analysis.get("teamMatrix")).isEqualTo(Map.of(product + "-CHECKOUT", Map.of(product + "-LEDGER", 1)));
		assertThat(http.getJson("/api/dependencies/products/" + product + "/analysis?team=" + product + "-FRAUD", owner)
			.get("openDependencies")).isEqualTo(0);
	}

	@Test
	void theAnalysisOfAnInvisibleProductIsNotFoundAndABadKeyIsTheCallersMistake() {
		var http = ServiceClient.onPort(port);
		String nora = tokens.nora().mint();

		var hidden = http.get("/api/dependencies/products/PAY/analysis", nora);
		assertThat(hidden.getStatusCode().value()).isEqualTo(404);
		assertThat(hidden.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(http.get("/api/dependencies/products/pay-x/analysis", nora).getStatusCode().value()).isEqualTo(400);
	}

	private UUID item(String productKey, int number, String team, String rank, String estimate) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'DRAFT', :estimate, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.param("product", productKey)
			.param("key", productKey + "-" + number)
			.param("team", team)
			.param("rank", rank)
			.param("estimate", new java.math.BigDecimal(estimate))
			.update();
		return id;
	}

}
