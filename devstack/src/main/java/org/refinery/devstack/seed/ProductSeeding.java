package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Products (as the administrator), their teams, the teams' representatives as members and each
 * product's Definition of Ready.
 */
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

	/**
	 * Makes each team's representative a member of the team by Refinery membership, as the
	 * product's owner (here the administrator who created it) would. Sessions name only people of
	 * the product (ADR 0009), and most demo representatives have no Keycloak login at all, so a
	 * group could not make them members. Idempotent: a person's roles are set as a whole.
	 */
	String representatives(DemoOrganisation organisation) {
		Map<String, Map<String, List<Map<String, String>>>> rolesByProduct = new TreeMap<>();
		for (DemoTeam team : organisation.teams()) {
			rolesByProduct.computeIfAbsent(team.productKey(), key -> new TreeMap<>())
				.computeIfAbsent(team.representative(), key -> new ArrayList<>())
				.add(Map.of("role", "TEAM_MEMBER", "teamKey", team.key()));
		}
		int people = 0;
		for (var product : rolesByProduct.entrySet()) {
			for (var person : product.getValue().entrySet()) {
				admin.send("PUT", "/api/backlog/products/" + product.getKey() + "/members/" + person.getKey(),
						Map.of("roles", person.getValue()), null)
					.orThrow();
				people++;
			}
		}
		return "%d team representatives as members".formatted(people);
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
