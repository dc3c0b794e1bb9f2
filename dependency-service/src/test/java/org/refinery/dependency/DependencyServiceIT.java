package org.refinery.dependency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceBasics;
import org.refinery.test.service.ServiceTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class DependencyServiceIT extends ServiceBasics {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Override
	protected String protectedPath() {
		return "/api/dependencies";
	}

	@Override
	protected String sampleEventType() {
		return "refinery.dependencies.DependencyIdentified.v1";
	}

	@BeforeEach
	void noDependencies() {
		jdbc.sql("delete from dependency").update();
	}

	@Test
	void aTeamMemberSeesTheDependenciesOfHisProductsFilteredByTeam() {
		insertDependency("PAY", "PAY-CHECKOUT", "PAY-LEDGER");
		insertDependency("PAY", "PAY-FRAUD", "PAY-LEDGER");
		insertDependency("SHOP", "SHOP-CART", "SHOP-SEARCH");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY").mint();

		assertThat(productsOf(http().getJson("/api/dependencies", tess))).containsExactly("PAY", "PAY");
		assertThat(productsOf(http().getJson("/api/dependencies?team=PAY-FRAUD", tess))).hasSize(1);
		assertThat(productsOf(http().getJson("/api/dependencies?product=SHOP", tess))).isEmpty();
	}

	@Test
	void anUnknownStatusFilterIsTheCallersMistake() {
		var response = http().get("/api/dependencies?status=FORGOTTEN", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private static List<Object> productsOf(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().<Object>map(d -> ((Map<?, ?>) d).get("productKey")).toList();
	}

	private void insertDependency(String product, String dependentTeam, String prerequisiteTeam) {
		jdbc.sql("insert into dependency (id, product_key, dependent_item_id, prerequisite_item_id, "
				+ "dependent_team_key, prerequisite_team_key, type, status) "
				+ "values (:id, :product, :dependent, :prerequisite, :dt, :pt, 'BLOCKS', 'IDENTIFIED')")
			.param("id", UUID.randomUUID())
			.param("product", product)
			.param("dependent", UUID.randomUUID())
			.param("prerequisite", UUID.randomUUID())
			.param("dt", dependentTeam)
			.param("pt", prerequisiteTeam)
			.update();
	}

}
