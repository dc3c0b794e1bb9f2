package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strategic goals, parents first (objectives and themes as the portfolio manager, product goals as
 * the product owner), then the item links. Goals are matched by title; a link that exists
 * already is answered with 409 and counted as present.
 */
final class GoalSeeding {

	/** The linking of work waits up to this long for alignment to learn the items from backlog events. */
	private static final Duration READ_MODEL_LAG = Duration.ofSeconds(90);

	private final GatewayClient strategist;

	private final GatewayClient owner;

	private final SeededIds ids;

	GoalSeeding(GatewayClient strategist, GatewayClient owner, SeededIds ids) {
		this.strategist = strategist;
		this.owner = owner;
		this.ids = ids;
	}

	String goals(DemoOrganisation organisation) {
		Map<String, String> existing = new HashMap<>();
		for (JsonNode goal : strategist.list("/api/alignment/goals")) {
			existing.put(goal.path("title").asString(), goal.path("id").asString());
		}
		int created = 0;
		for (DemoGoal goal : organisation.goals()) {
			String id = existing.get(goal.title());
			if (id == null) {
				GatewayClient author = goal.productKey() == null ? strategist : owner;
				id = author.post("/api/alignment/goals", body(goal)).orThrow().path("id").asString();
				created++;
			}
			ids.put(goal.ref(), id);
		}
		return "%d goals (%d created)".formatted(organisation.goals().size(), created);
	}

	String links(DemoOrganisation organisation) {
		int created = 0;
		for (DemoLink link : organisation.links()) {
			var response = owner.postOnceKnown("/api/alignment/links", Map.of("itemId", ids.of(link.itemRef()), "goalId",
					ids.of(link.goalRef()), "rationale", link.rationale()), READ_MODEL_LAG);
			if (!response.conflict()) {
				response.orThrow();
				created++;
			}
		}
		return "%d item-goal links (%d created)".formatted(organisation.links().size(), created);
	}

	private Map<String, Object> body(DemoGoal goal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("level", goal.level());
		ids.find(goal.parentRef()).ifPresent(parent -> body.put("parentId", parent));
		body.put("productKey", goal.productKey());
		body.put("title", goal.title());
		body.put("owner", goal.owner());
		body.put("status", "ACTIVE");
		body.put("weight", goal.weight());
		body.put("targetInvestmentShare", goal.targetInvestmentShare());
		body.put("timeframeStart", goal.timeframeStart().toString());
		body.put("timeframeEnd", goal.timeframeEnd().toString());
		body.put("keyResults", goal.keyResults());
		return body;
	}

}
