package org.refinery.devstack.seed;

import org.refinery.devstack.seed.DemoSession.SessionOutcome;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Refinement sessions, matched by title: scheduled, then for a held one its outcomes recorded
 * and the session closed. A held session found not yet over (a run that stopped half-way) gets
 * the outcomes it lacks and is closed, so seeding again finishes what was begun.
 */
final class SessionSeeding {

	private final GatewayClient owner;

	private final SeededIds ids;

	SessionSeeding(GatewayClient owner, SeededIds ids) {
		this.owner = owner;
		this.ids = ids;
	}

	String seed(DemoOrganisation organisation) {
		int created = 0;
		for (DemoProduct product : organisation.products()) {
			String path = "/api/backlog/products/" + product.key() + "/refinement-sessions";
			Map<String, JsonNode> existing = new HashMap<>();
			owner.list(path).forEach(node -> existing.put(node.path("title").asString(), node));
			for (DemoSession session : organisation.sessions()) {
				if (!session.productKey().equals(product.key())) {
					continue;
				}
				JsonNode node = existing.get(session.title());
				if (node == null) {
					node = owner.post(path, schedule(session)).orThrow();
					created++;
				}
				hold(session, node);
			}
		}
		return "%d refinement sessions (%d created)".formatted(organisation.sessions().size(), created);
	}

	private Map<String, Object> schedule(DemoSession session) {
		return Map.of("title", session.title(), "startsAt", session.startsAt().toString(), "facilitator",
				session.facilitator(), "representatives", session.representatives(), "agenda",
				session.agendaRefs().stream().map(ids::of).toList());
	}

	/** Records the outcomes the session lacks (only for items on its agenda, as the service demands), then closes it. */
	private void hold(DemoSession session, JsonNode node) {
		String status = node.path("status").asString();
		if (!session.held() || "CLOSED".equals(status) || "CANCELLED".equals(status)) {
			return;
		}
		Set<String> agenda = texts(node.path("agenda"));
		Set<String> decided = new HashSet<>();
		node.path("outcomes").forEach(outcome -> decided.add(outcome.path("itemId").asString()));
		String base = "/api/backlog/refinement-sessions/" + node.path("id").asString();
		for (SessionOutcome outcome : session.outcomes()) {
			String itemId = ids.of(outcome.itemRef());
			if (agenda.contains(itemId) && !decided.contains(itemId)) {
				owner.post(base + "/outcomes", body(outcome, itemId)).orThrow();
			}
		}
		owner.post(base + "/close", Map.of()).orThrow();
	}

	/** The service refuses what a kind does not claim, so estimate and children go only with theirs. */
	static Map<String, Object> body(SessionOutcome outcome, String itemId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("itemId", itemId);
		body.put("kind", outcome.kind());
		body.put("note", outcome.note());
		if ("ESTIMATED".equals(outcome.kind())) {
			body.put("estimate", outcome.estimate());
		}
		if ("SPLIT".equals(outcome.kind())) {
			body.put("children", outcome.children()
				.stream()
				.map(part -> Map.of("type", part.type(), "title", part.title()))
				.toList());
		}
		return body;
	}

	private static Set<String> texts(JsonNode array) {
		Set<String> texts = new HashSet<>();
		array.forEach(element -> texts.add(element.asString()));
		return texts;
	}

}
