package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Products (as the administrator), their teams and each product's Definition of Ready. */
final class ProductSeeding {

	private final GatewayClient admin;

	private final GatewayClient owner;

	ProductSeeding(GatewayClient admin, GatewayClient owner) {
		this.admin = admin;
		this.owner = owner;
	}

	/** Answers a one-line summary. */
	String products(DemoOrganisation organisation) {
		Set<String> existing = keys(admin.list("/api/backlog/products"));
		int created = 0;
		for (DemoProduct product : organisation.products()) {
			if (existing.contains(product.key())) {
				continue;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("key", product.key());
			body.put("name", product.name());
			body.put("vision", product.vision());
			body.put("deliveryMode", product.deliveryMode());
			body.put("sprintLengthDays", product.sprintLengthDays());
			body.put("releaseLengthDays", product.releaseLengthDays());
			body.put("firstPeriodStart", product.firstPeriodStart().toString());
			admin.post("/api/backlog/products", body).orThrow();
			created++;
		}
		return "%d products (%d created)".formatted(organisation.products().size(), created);
	}

	String teams(DemoOrganisation organisation) {
		int created = 0;
		for (DemoProduct product : organisation.products()) {
			String path = "/api/backlog/products/" + product.key() + "/teams";
			Set<String> existing = keys(admin.list(path));
			for (DemoTeam team : organisation.teams()) {
				if (team.productKey().equals(product.key()) && !existing.contains(team.key())) {
					admin.post(path, Map.of("key", team.key(), "name", team.name(), "workMode", team.workflow())).orThrow();
					created++;
				}
			}
		}
		return "%d teams (%d created)".formatted(organisation.teams().size(), created);
	}

	String definitionOfReady(DemoOrganisation organisation) {
		for (DemoProduct product : organisation.products()) {
			DefinitionOfReady dor = organisation.definitionOfReady();
			owner.send("PUT", "/api/backlog/products/" + product.key() + "/definition-of-ready",
					Map.of("rules", dor.rules(), "checklist", dor.checklist()), null)
				.orThrow();
		}
		return "Definition of Ready for " + organisation.products().size() + " products";
	}

	private static Set<String> keys(Iterable<JsonNode> nodes) {
		Set<String> keys = new HashSet<>();
		nodes.forEach(node -> keys.add(node.path("key").asString()));
		return keys;
	}

}
