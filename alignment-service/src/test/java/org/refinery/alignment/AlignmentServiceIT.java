package org.refinery.alignment;

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
class AlignmentServiceIT extends ServiceBasics {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Override
	protected String protectedPath() {
		return "/api/alignment/goals";
	}

	@Override
	protected String sampleEventType() {
		return "refinery.alignment.GoalCreated.v1";
	}

	@BeforeEach
	void noGoals() {
		jdbc.sql("delete from goal_link").update();
		jdbc.sql("delete from goal where level = 'PRODUCT_GOAL'").update();
		jdbc.sql("delete from goal where level = 'THEME'").update();
		jdbc.sql("delete from goal").update();
	}

	@Test
	void everyoneSeesOrganisationGoalsButOnlyTheProductGoalsOfTheirProducts() {
		UUID objective = insertGoal("OBJECTIVE", null, null, "Grow recurring revenue");
		UUID theme = insertGoal("THEME", objective, null, "Frictionless payments");
		insertGoal("PRODUCT_GOAL", theme, "PAY", "One-click checkout");
		insertGoal("PRODUCT_GOAL", theme, "SHOP", "Faster search");

		Map<?, ?> page = http().getJson("/api/alignment/goals", tokens.vic().mint());

		assertThat(((List<?>) page.get("content")).stream().<Object>map(g -> ((Map<?, ?>) g).get("title")))
			.containsExactly("Grow recurring revenue", "Frictionless payments", "One-click checkout");
	}

	private UUID insertGoal(String level, UUID parent, String product, String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into goal (id, level, parent_id, product_key, title, status) "
				+ "values (:id, :level, :parent, :product, :title, 'ACTIVE')")
			.param("id", id)
			.param("level", level)
			.param("parent", parent)
			.param("product", product)
			.param("title", title)
			.update();
		return id;
	}

}
