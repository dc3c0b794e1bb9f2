package org.refinery.devstack.seed;

import org.refinery.devstack.seed.DemoSession.SessionOutcome;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/** Past refinement sessions: created, their outcomes recorded, then closed. Matched by title. */
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
				if (!session.productKey().equals(product.key()) || existing.containsKey(session.title())) {
					continue;
				}
				var agenda = session.outcomes().stream().map(outcome -> ids.of(outcome.itemRef())).toList();
				String id = owner.post(path, Map.of("title", session.title(), "startsAt", session.startsAt().toString(),
						"facilitator", session.facilitator(), "representatives", session.representatives(), "agenda", agenda))
					.orThrow()
					.path("id")
					.asString();
				for (SessionOutcome outcome : session.outcomes()) {
					owner.post("/api/backlog/refinement-sessions/" + id + "/outcomes", Map.of("itemId",
							ids.of(outcome.itemRef()), "kind", outcome.kind(), "note", outcome.note())).orThrow();
				}
				owner.post("/api/backlog/refinement-sessions/" + id + "/close", Map.of()).orThrow();
				created++;
			}
		}
		return "%d refinement sessions (%d created)".formatted(organisation.sessions().size(), created);
	}

}
