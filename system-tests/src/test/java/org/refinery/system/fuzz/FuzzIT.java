package org.refinery.system.fuzz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformClient;
import org.refinery.system.PlatformDatabases;
import org.refinery.system.SharedPlatform;
import org.refinery.system.fuzz.FuzzCase.Endpoint;
import org.refinery.system.fuzz.FuzzCase.Field;
import org.refinery.system.fuzz.FuzzCase.Kind;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * Bad input against every documented write endpoint and the paged reads, through the gateway with
 * a product owner's token (who may write everywhere, so refusals are about the input, not rights):
 * only 4xx problem+json ever comes back, never a 5xx, and no database changes. The seed is printed
 * so that a failure can be replayed with {@code -Drefinery.fuzz.seed=<seed>}.
 */
@Order(Order.DEFAULT - 100)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT {

	private static final int CASES_PER_ENDPOINT = 30;

	private static final Map<RefineryService, List<String>> TABLES = Map.of(RefineryService.BACKLOG,
			List.of("product", "team", "item", "item_history", "refinement_session", "session_outcome", "item_check"),
			RefineryService.DEPENDENCY, List.of("dependency"), RefineryService.ALIGNMENT,
			List.of("goal", "goal_link", "key_result"), RefineryService.FORECAST, List.of("throughput_sample"));

	private final PlatformClient owner = SharedPlatform.as("paul");

	private final List<Endpoint> endpoints = new ArrayList<>();

	@BeforeAll
	void theDocumentedWriteEndpoints() {
		List<tools.jackson.databind.JsonNode> items = elements(ok(owner.get("/api/backlog/products/PAY/items?size=2")));
		String item = items.get(0).path("id").asString();
		String other = items.get(1).path("id").asString();
		String session = elements(ok(owner.get("/api/backlog/products/PAY/refinement-sessions"))).get(0).path("id").asString();
		String dependency = elements(ok(owner.get("/api/dependencies?product=PAY"))).get(0).path("id").asString();
		String goal = elements(ok(owner.get("/api/alignment/goals"))).get(0).path("id").asString();
		String today = LocalDate.now().toString();

		endpoint("POST", "/api/backlog/products",
				body("key", "PAY", "name", "Payments again", "vision", "v", "deliveryMode", "SCALED_SCRUM", "sprintLengthDays", 14,
						"firstPeriodStart", today),
				f("key", Kind.KEY), f("name", Kind.TEXT, 200), f("deliveryMode", Kind.ENUM), f("sprintLengthDays", Kind.NUMBER),
				f("firstPeriodStart", Kind.DATE));
		endpoint("POST", "/api/backlog/products/PAY/teams", body("key", "PAY-CHECKOUT", "name", "Again", "workMode", "SCRUM"),
				f("key", Kind.KEY), f("name", Kind.TEXT, 200), f("workMode", Kind.ENUM));
		endpoint("PUT", "/api/backlog/products/PAY/definition-of-ready",
				body("rules", List.of("ESTIMATED"), "checklist", List.of()), f("rules", Kind.LIST), f("checklist", Kind.LIST));
		endpoint("POST", "/api/backlog/products/PAY/items",
				body("type", "STORY", "title", "t", "description", "d", "acceptanceCriteria", List.of("a"), "teamKey",
						"PAY-CHECKOUT", "contributingTeamKeys", List.of()),
				f("type", Kind.ENUM), f("title", Kind.TEXT, 300), f("description", Kind.TEXT, 20_000),
				f("acceptanceCriteria", Kind.LIST), f("teamKey", Kind.KEY), f("parentId", Kind.ID));
		endpoint("PATCH", "/api/backlog/items/" + item, body("title", "t"), f("title", Kind.TEXT, 300),
				f("description", Kind.TEXT, 20_000), f("teamKey", Kind.KEY));
		endpoint("POST", "/api/backlog/items/" + item + "/estimate", body("estimate", 3), f("estimate", Kind.NUMBER));
		endpoint("POST", "/api/backlog/items/" + item + "/status", body("status", "DONE"), f("status", Kind.ENUM));
		endpoint("POST", "/api/backlog/items/" + item + "/move", body("before", other), f("before", Kind.ID),
				f("after", Kind.ID));
		endpoint("POST", "/api/backlog/products/PAY/refinement-sessions",
				body("title", "t", "startsAt", "2026-01-01T10:00:00Z", "facilitator", "paul", "representatives",
						Map.of("PAY-CHECKOUT", List.of("tess")), "agenda", List.of(item)),
				f("title", Kind.TEXT, 200), f("startsAt", Kind.INSTANT), f("agenda", Kind.LIST), f("representatives", Kind.LIST));
		endpoint("POST", "/api/backlog/refinement-sessions/" + session + "/outcomes",
				body("itemId", item, "kind", "CLARIFIED", "note", "n"), f("itemId", Kind.ID), f("kind", Kind.ENUM),
				f("note", Kind.TEXT, 4_000));
		endpoint("POST", "/api/dependencies",
				body("dependentItemId", item, "prerequisiteItemId", item, "type", "BLOCKS", "neededBy", today, "note", "n"),
				f("dependentItemId", Kind.ID), f("prerequisiteItemId", Kind.ID), f("type", Kind.ENUM), f("neededBy", Kind.DATE),
				f("note", Kind.TEXT, 4_000), f("sessionId", Kind.ID));
		endpoint("PATCH", "/api/dependencies/" + dependency, body("status", "IDENTIFIED"), f("status", Kind.ENUM));
		endpoint("POST", "/api/alignment/goals",
				body("level", "OBJECTIVE", "title", "t", "owner", "pia", "status", "ACTIVE", "weight", 1, "timeframeStart",
						"2026-01-01", "timeframeEnd", "2025-01-01", "keyResults", List.of()),
				f("level", Kind.ENUM), f("title", Kind.TEXT, 200), f("status", Kind.ENUM), f("weight", Kind.NUMBER),
				f("timeframeStart", Kind.DATE), f("parentId", Kind.ID), f("keyResults", Kind.LIST),
				f("targetInvestmentShare", Kind.NUMBER));
		endpoint("PATCH", "/api/alignment/goals/" + goal, body("title", "t"), f("title", Kind.TEXT, 200),
				f("status", Kind.ENUM), f("weight", Kind.NUMBER));
		endpoint("POST", "/api/alignment/links", body("itemId", item, "goalId", "00000000-0000-0000-0000-000000000000",
				"rationale", "r"), f("itemId", Kind.ID), f("goalId", Kind.ID), f("rationale", Kind.TEXT, 2_000));
		endpoint("POST", "/api/forecasts/products/PAY", body("trials", 100, "horizon", 4, "mode", "COUNT", "seed", 1),
				f("trials", Kind.NUMBER), f("horizon", Kind.NUMBER), f("mode", Kind.ENUM), f("capacity", Kind.LIST),
				f("historyWindow", Kind.NUMBER));
	}

	@Test
	void bad_input_to_any_documented_endpoint_is_a_4xx_problem_and_writes_nothing() {
		long seed = Long.getLong("refinery.fuzz.seed", System.nanoTime());
		System.out.println("FuzzIT seed: " + seed);
		var cases = new FuzzCase(seed);
		Map<String, Long> before = fingerprint();
		var failures = new ArrayList<String>();
		int sent = 0;
		for (Endpoint endpoint : endpoints) {
			for (int i = 0; i < CASES_PER_ENDPOINT; i++) {
				FuzzCase.Request request = cases.next(endpoint);
				HttpResponse<String> response = owner.send(owner.request(request.path())
					.header("Content-Type", "application/json")
					.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body())));
				sent++;
				if (!refusedAsProblem(response)) {
					failures.add("%s %s with %s answered %d %s".formatted(request.method(), request.path(), request.why(),
							response.statusCode(), response.body().substring(0, Math.min(300, response.body().length()))));
				}
			}
		}
		for (String query : List.of("size=0", "size=501", "size=-1", "size=abc", "page=-1", "size=99999999999",
				"status=NOT_A_STATUS", "type=%F0%9F%9A%80", "team=%00")) {
			HttpResponse<String> response = owner.get("/api/backlog/products/PAY/items?" + query);
			sent++;
			if (!refusedAsProblem(response)) {
				failures.add("GET items?%s answered %d".formatted(query, response.statusCode()));
			}
		}

		assertThat(failures).as("of %d bad requests (seed %d)", sent, seed).isEmpty();
		assertThat(fingerprint()).as("rows of every service's tables").isEqualTo(before);
	}

	private static boolean refusedAsProblem(HttpResponse<String> response) {
		return response.statusCode() >= 400 && response.statusCode() < 500
				&& response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
	}

	private static Map<String, Long> fingerprint() {
		var rows = new LinkedHashMap<String, Long>();
		TABLES.forEach((service, tables) -> tables
			.forEach(table -> rows.put(service.module() + "." + table, PlatformDatabases.rows(service, table))));
		rows.put("backlog-service.item versions", PlatformDatabases.versionSum(RefineryService.BACKLOG, "item"));
		rows.put("alignment-service.goal versions", PlatformDatabases.versionSum(RefineryService.ALIGNMENT, "goal"));
		rows.put("dependency-service.dependency versions", PlatformDatabases.versionSum(RefineryService.DEPENDENCY, "dependency"));
		return rows;
	}

	private void endpoint(String method, String path, Map<String, Object> valid, Field... fields) {
		endpoints.add(new Endpoint(method, path, valid, List.of(fields)));
	}

	private static Field f(String name, Kind kind) {
		return new Field(name, kind, 0);
	}

	private static Field f(String name, Kind kind, int limit) {
		return new Field(name, kind, limit);
	}

	private static Map<String, Object> body(Object... pairs) {
		var body = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

}
