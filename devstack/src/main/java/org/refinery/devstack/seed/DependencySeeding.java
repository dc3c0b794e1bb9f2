package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Inter-team dependencies between seeded items, then their status beyond IDENTIFIED. Matched by
 * the (dependent, prerequisite) pair.
 */
final class DependencySeeding {

	/** Dependencies name items: wait up to this long for the service to learn them from backlog events. */
	private static final Duration READ_MODEL_LAG = Duration.ofSeconds(90);

	private final GatewayClient owner;

	private final SeededIds ids;

	private final Consumer<String> warning;

	DependencySeeding(GatewayClient owner, SeededIds ids, Consumer<String> warning) {
		this.owner = owner;
		this.ids = ids;
		this.warning = warning;
	}

	String seed(DemoOrganisation organisation) {
		Set<String> existing = new HashSet<>();
		for (JsonNode node : owner.list("/api/dependencies")) {
			existing.add(node.path("dependentItemId").asString() + ">" + node.path("prerequisiteItemId").asString());
		}
		int created = 0;
		boolean statusMissing = false;
		for (DemoDependency dependency : organisation.dependencies()) {
			String dependent = ids.of(dependency.dependentRef());
			String prerequisite = ids.of(dependency.prerequisiteRef());
			if (existing.contains(dependent + ">" + prerequisite)) {
				continue;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("dependentItemId", dependent);
			body.put("prerequisiteItemId", prerequisite);
			body.put("type", dependency.type());
			body.put("neededBy", dependency.neededBy().toString());
			body.put("note", dependency.note());
			JsonNode createdNode = owner.postOnceKnown("/api/dependencies", body, READ_MODEL_LAG).orThrow();
			created++;
			if (!statusMissing && !"IDENTIFIED".equals(dependency.status())) {
				var response = owner.send("PATCH", "/api/dependencies/" + createdNode.path("id").asString(),
						Map.of("status", dependency.status()), null);
				if (response.endpointMissing()) {
					statusMissing = true;
					warning.accept("skipped dependency statuses: PATCH /api/dependencies/{id} is not offered by the running service (HTTP "
							+ response.status() + ")");
				}
				else {
					response.orThrow();
				}
			}
		}
		return "%d dependencies (%d created)".formatted(organisation.dependencies().size(), created);
	}

}
