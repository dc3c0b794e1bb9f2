package org.refinery.system.fuzz;

import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformClient;
import org.refinery.system.fuzz.FuzzCase.Endpoint;
import org.refinery.system.fuzz.FuzzCase.Field;
import org.refinery.system.fuzz.FuzzCase.Kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.refinery.devstack.services.RefineryService.ALIGNMENT;
import static org.refinery.devstack.services.RefineryService.BACKLOG;
import static org.refinery.devstack.services.RefineryService.DEPENDENCY;
import static org.refinery.devstack.services.RefineryService.FORECAST;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * The documented endpoints of every service with what each takes, read off the controllers. The
 * valid bodies are valid in form but refused by a rule (a key taken, a product that does not
 * exist, a stale {@code If-Match}), so that a wrong value a service failed to refuse shows up as
 * a miss rather than as a stored change.
 */
final class FuzzCatalogue {

	/** A version no row has: a PATCH wrongly accepted is refused as stale (412), never applied. */
	private static final Map<String, String> STALE = Map.of("If-Match", "\"999999999\"");

	private static final String NO_SUCH_ID = "7b1c0d52-9a5e-4b8e-9f0c-3c2d1e0f4a6b";

	private final List<Endpoint> endpoints = new ArrayList<>();

	private FuzzCatalogue() {
	}

	/** The endpoints, with ids of the seeded demo data (product PAY) where a path needs one. */
	static List<Endpoint> of(PlatformClient reader) {
		List<tools.jackson.databind.JsonNode> items = elements(ok(reader.get("/api/backlog/products/PAY/items?size=2")));
		String item = items.get(0).path("id").asString();
		String other = items.get(1).path("id").asString();
		String session = elements(ok(reader.get("/api/backlog/products/PAY/refinement-sessions"))).get(0).path("id").asString();
		String dependency = elements(ok(reader.get("/api/dependencies?product=PAY"))).get(0).path("id").asString();
		String goal = elements(ok(reader.get("/api/alignment/goals"))).get(0).path("id").asString();
		var catalogue = new FuzzCatalogue();
		catalogue.backlog(item, other, session);
		catalogue.dependencies(item, dependency);
		catalogue.alignment(item, goal);
		catalogue.forecasts(item);
		return List.copyOf(catalogue.endpoints);
	}

	private void backlog(String item, String other, String session) {
		String today = LocalDate.now().toString();
		write(BACKLOG, "POST", "/api/backlog/products", Map.of(),
				body("key", "PAY", "name", "Payments again", "vision", "v", "deliveryMode", "SCALED_SCRUM", "sprintLengthDays", 14,
						"firstPeriodStart", today),
				f("key", Kind.KEY), text("name", 200), text("vision", 4_000), f("deliveryMode", Kind.ENUM),
				f("sprintLengthDays", Kind.WHOLE), f("releaseLengthDays", Kind.WHOLE), f("firstPeriodStart", Kind.DATE));
		write(BACKLOG, "PATCH", "/api/backlog/products/PAY", STALE, body("vision", "v"), text("name", 200),
				text("vision", 4_000), f("deliveryMode", Kind.ENUM), whole("sprintLengthDays", 1, 60),
				whole("releaseLengthDays", 1, 366), f("firstPeriodStart", Kind.DATE));
		write(BACKLOG, "POST", "/api/backlog/products/PAY/teams", Map.of(),
				body("key", "PAY-CHECKOUT", "name", "Again", "workMode", "SCRUM"), f("key", Kind.KEY), text("name", 200),
				f("workMode", Kind.ENUM));
		write(BACKLOG, "PUT", "/api/backlog/products/NOPE/definition-of-ready", Map.of(),
				body("rules", List.of("ESTIMATED"), "checklist", List.of()), f("rules", Kind.LIST),
				decimal("maxEstimate", 1_000), f("checklist", Kind.LIST));
		write(BACKLOG, "POST", "/api/backlog/products/NOPE/items", Map.of(),
				body("type", "STORY", "title", "t", "description", "d", "acceptanceCriteria", List.of("a"), "teamKey",
						"PAY-CHECKOUT", "contributingTeamKeys", List.of()),
				f("type", Kind.ENUM), text("title", 300), text("description", 20_000), f("acceptanceCriteria", Kind.LIST),
				decimal("estimate", 1_000), f("teamKey", Kind.KEY), f("contributingTeamKeys", Kind.LIST), f("parentId", Kind.ID));
		String items = "/api/backlog/items/" + item;
		write(BACKLOG, "PATCH", items, STALE, body("title", "t"), text("title", 300), text("description", 20_000),
				f("acceptanceCriteria", Kind.LIST), f("teamKey", Kind.KEY), f("contributingTeamKeys", Kind.LIST));
		write(BACKLOG, "POST", items + "/estimate", STALE, body("estimate", 3), decimal("estimate", 1_000));
		write(BACKLOG, "POST", items + "/status", STALE, body("status", "DONE"), f("status", Kind.ENUM));
		write(BACKLOG, "POST", items + "/move", STALE, body("before", other), f("before", Kind.ID), f("after", Kind.ID));
		write(BACKLOG, "POST", items + "/checks/SPIKE", STALE, body("ticked", true), f("ticked", Kind.BOOL));
		write(BACKLOG, "POST", items + "/split", STALE,
				body("children", List.of(Map.of("type", "STORY", "title", "a"), Map.of("type", "STORY", "title", "b"))),
				f("children", Kind.LIST));
		write(BACKLOG, "POST", "/api/backlog/products/NOPE/refinement-sessions", Map.of(),
				body("title", "t", "startsAt", "2026-01-01T10:00:00Z", "facilitator", "paul", "representatives",
						Map.of("PAY-CHECKOUT", List.of("tess")), "agenda", List.of(item)),
				text("title", 200), f("startsAt", Kind.INSTANT), text("facilitator", 100), f("representatives", Kind.MAP),
				f("agenda", Kind.LIST));
		write(BACKLOG, "POST", "/api/backlog/refinement-sessions/" + session + "/outcomes", Map.of(),
				body("itemId", NO_SUCH_ID, "kind", "CLARIFIED", "note", "n"), f("itemId", Kind.ID), f("kind", Kind.ENUM),
				text("note", 4_000));
		String sessions = "/api/backlog/refinement-sessions/" + session;
		write(BACKLOG, "PATCH", sessions, STALE, body("title", "t"), text("title", 200), f("startsAt", Kind.INSTANT),
				text("facilitator", 100), f("representatives", Kind.MAP), f("agenda", Kind.LIST));
		// Not the cancel: its body is optional, so a request without one is valid and answered by rule.
		Field page = whole("page", 0, 20_000);
		Field size = whole("size", 1, 500);
		Field productKey = unchecked("productKey", Kind.KEY);
		read(BACKLOG, "/api/backlog/products", Map.of(), page, size);
		read(BACKLOG, "/api/backlog/products/{productKey}", Map.of("productKey", "PAY"), productKey);
		read(BACKLOG, "/api/backlog/products/{productKey}/items", Map.of("productKey", "PAY"), productKey,
				text("team", 0), f("status", Kind.ENUM), f("type", Kind.ENUM), page, size, f("after", Kind.CURSOR));
		for (String read : List.of("", "/readiness")) {
			read(BACKLOG, "/api/backlog/items/{id}" + read, Map.of("id", item), f("id", Kind.ID));
		}
		read(BACKLOG, "/api/backlog/items/{id}/history", Map.of("id", item), f("id", Kind.ID), page, size);
		read(BACKLOG, "/api/backlog/products/{productKey}/refinement-sessions", Map.of("productKey", "PAY"), productKey,
				page, size);
		read(BACKLOG, "/api/backlog/refinement-sessions/{id}", Map.of("id", session), f("id", Kind.ID));
		read(BACKLOG, "/api/backlog/refinement-sessions/{id}/history", Map.of("id", session), f("id", Kind.ID), page, size);
		read(BACKLOG, "/api/backlog/products/{productKey}/health", Map.of("productKey", "PAY"), productKey);
		for (String read : List.of("/definition-of-ready/history", "/history")) {
			read(BACKLOG, "/api/backlog/products/{productKey}" + read, Map.of("productKey", "PAY"), productKey, page, size);
		}
		read(BACKLOG, "/api/backlog/products/{productKey}/teams", Map.of("productKey", "PAY"), productKey, page, size);
		read(BACKLOG, "/api/backlog/portfolio/health", Map.of(), page, size);
		// Imports (issue 20): the upload's own refusals (format, columns, size) are ImportRefusalsIT's;
		// the job reads take paging like every list, and a job id that is no UUID is the caller's mistake.
		read(BACKLOG, "/api/backlog/products/{productKey}/imports", Map.of("productKey", "PAY"), productKey, page, size);
		read(BACKLOG, "/api/backlog/products/{productKey}/imports/{id}", Map.of("productKey", "PAY", "id", NO_SUCH_ID),
				productKey, f("id", Kind.ID), page, size);
		// Webhooks (issue 20): a valid body goes to an unknown product (404), so its URL is never resolved.
		write(BACKLOG, "POST", "/api/backlog/products/NOPE/webhooks", Map.of(),
				body("url", "https://hooks.example.com/refinery", "eventTypes", List.of("refinery.backlog.ItemCreated.v1")),
				text("url", 2_000), f("eventTypes", Kind.LIST), text("secret", 200));
		read(BACKLOG, "/api/backlog/products/{productKey}/webhooks", Map.of("productKey", "PAY"), productKey);
		read(BACKLOG, "/api/backlog/products/{productKey}/webhooks/{id}/deliveries",
				Map.of("productKey", "PAY", "id", NO_SUCH_ID), productKey, f("id", Kind.ID), f("status", Kind.ENUM), page,
				size);
	}

	private void dependencies(String item, String dependency) {
		write(DEPENDENCY, "POST", "/api/dependencies", Map.of(),
				body("dependentItemId", item, "prerequisiteItemId", item, "type", "BLOCKS", "neededBy", "Sprint 3", "note", "n"),
				f("dependentItemId", Kind.ID), f("prerequisiteItemId", Kind.ID), f("type", Kind.ENUM),
				// neededBy is text ("Sprint 3", "before the audit"), not a date.
				text("neededBy", 40), text("note", 4_000), f("sessionId", Kind.ID));
		write(DEPENDENCY, "PATCH", "/api/dependencies/" + dependency, STALE, body("status", "IDENTIFIED"),
				f("status", Kind.ENUM), text("reason", 1_000));
		read(DEPENDENCY, "/api/dependencies", Map.of(), f("product", Kind.KEY), f("team", Kind.KEY), f("status", Kind.ENUM),
				f("item", Kind.ID), whole("page", 0, 20_000), whole("size", 1, 500));
		read(DEPENDENCY, "/api/dependencies/{id}", Map.of("id", dependency), f("id", Kind.ID));
		read(DEPENDENCY, "/api/dependencies/{id}/history", Map.of("id", dependency), f("id", Kind.ID),
				whole("page", 0, 20_000), whole("size", 1, 500));
		read(DEPENDENCY, "/api/dependencies/products/{productKey}/analysis", Map.of("productKey", "PAY"),
				f("productKey", Kind.KEY), f("team", Kind.KEY));
		read(DEPENDENCY, "/api/dependencies/products/{productKey}/export", Map.of("productKey", "PAY"),
				f("productKey", Kind.KEY), f("format", Kind.ENUM));
	}

	private void alignment(String item, String goal) {
		Field[] goalFields = { f("parentId", Kind.ID), text("title", 300), text("owner", 100), f("status", Kind.ENUM),
				whole("weight", 1, 100), decimal("targetInvestmentShare", 1), f("timeframeStart", Kind.DATE),
				f("timeframeEnd", Kind.DATE), f("keyResults", Kind.LIST) };
		write(ALIGNMENT, "POST", "/api/alignment/goals", Map.of(),
				// The timeframe ends before it starts: refused by rule (422) should a wrong value get through.
				body("level", "OBJECTIVE", "title", "t", "owner", "pia", "status", "ACTIVE", "weight", 1, "timeframeStart",
						"2026-01-01", "timeframeEnd", "2025-01-01", "keyResults", List.of()),
				concat(goalFields, f("level", Kind.ENUM), f("productKey", Kind.KEY)));
		write(ALIGNMENT, "PATCH", "/api/alignment/goals/" + goal, STALE, body("title", "t"), goalFields);
		write(ALIGNMENT, "POST", "/api/alignment/links", Map.of(),
				body("itemId", item, "goalId", NO_SUCH_ID, "rationale", "r"), f("itemId", Kind.ID), f("goalId", Kind.ID),
				text("rationale", 2_000), decimal("contributionWeight", 1));
		Field scope = f("scope", Kind.ENUM);
		Field n = whole("n", 1, 10_000);
		read(ALIGNMENT, "/api/alignment/goals", Map.of(), f("level", Kind.ENUM), text("product", 0), f("status", Kind.ENUM),
				whole("page", 0, 20_000), whole("size", 1, 500));
		read(ALIGNMENT, "/api/alignment/goals/{id}", Map.of("id", goal), f("id", Kind.ID));
		read(ALIGNMENT, "/api/alignment/goals/{id}/history", Map.of("id", goal), f("id", Kind.ID),
				whole("page", 0, 20_000), whole("size", 1, 500));
		read(ALIGNMENT, "/api/alignment/goals/{id}/links", Map.of("id", goal), f("id", Kind.ID),
				whole("page", 0, 20_000), whole("size", 1, 500));
		read(ALIGNMENT, "/api/alignment/products/{productKey}/trend", Map.of("productKey", "PAY"),
				unchecked("productKey", Kind.KEY), whole("days", 1, 400));
		read(ALIGNMENT, "/api/alignment/links", Map.of("itemId", item), f("itemId", Kind.ID));
		read(ALIGNMENT, "/api/alignment/portfolio", Map.of(), scope, n, whole("days", 1, 400));
		read(ALIGNMENT, "/api/alignment/products/{productKey}/summary", Map.of("productKey", "PAY"),
				unchecked("productKey", Kind.KEY), scope, n);
		read(ALIGNMENT, "/api/alignment/products/{productKey}/export", Map.of("productKey", "PAY"),
				unchecked("productKey", Kind.KEY), f("format", Kind.ENUM), scope, n);
	}

	private void forecasts(String item) {
		write(FORECAST, "POST", "/api/forecasts/products/NOPE", Map.of(),
				body("trials", 100, "horizon", 4, "mode", "COUNT", "seed", 1), whole("trials", 1, 100_000),
				whole("horizon", 1, 104), f("mode", Kind.ENUM), f("seed", Kind.WHOLE), f("capacity", Kind.LIST),
				whole("historyWindow", 1, 10_000), f("splitRate", Kind.OBJECT));
		endpoints.add(new Endpoint(FORECAST, "PUT", "/api/forecasts/teams/NOPE-TEAM/throughput", Map.of(),
				body("periodStart", "2026-01-05", "periodEnd", "2026-01-18", "items", 5, "points", 8), true,
				List.of(f("periodStart", Kind.DATE), f("periodEnd", Kind.DATE), f("items", Kind.WHOLE),
						f("points", Kind.DECIMAL)),
				List.of(), Map.of()));
		Field productKey = f("productKey", Kind.KEY);
		Map<String, String> pay = Map.of("productKey", "PAY");
		read(FORECAST, "/api/forecasts/products/{productKey}", pay, productKey);
		// No upper bound: any period ahead can be asked for.
		read(FORECAST, "/api/forecasts/products/{productKey}/how-many", Map.of("productKey", "PAY", "period", "1"),
				productKey, whole("period", 1, 0));
		read(FORECAST, "/api/forecasts/products/{productKey}/calibration", pay, productKey);
		read(FORECAST, "/api/forecasts/products/{productKey}/export", pay, productKey, f("format", Kind.ENUM));
		// Baselines and scenarios (issue 21): writes go to an unknown product, so a valid body is a 404.
		write(FORECAST, "PUT", "/api/forecasts/products/NOPE/forecast-settings", Map.of(),
				body("trials", 1_000, "mode", "COUNT", "horizon", 6), whole("trials", 100, 100_000), f("mode", Kind.ENUM),
				whole("horizon", 1, 104), whole("historyWindow", 1, 10_000));
		write(FORECAST, "POST", "/api/forecasts/products/NOPE/scenarios", Map.of(), body("name", "fuzz"),
				text("name", 80), f("capacity", Kind.LIST), f("scope", Kind.OBJECT), whole("historyWindow", 1, 10_000),
				f("moves", Kind.LIST));
		read(FORECAST, "/api/forecasts/products/{productKey}/forecast-settings", pay, productKey);
		read(FORECAST, "/api/forecasts/products/{productKey}/forecast-settings/history", pay, productKey,
				whole("page", 0, 20_000), whole("size", 1, 500));
		read(FORECAST, "/api/forecasts/products/{productKey}/baselines", pay, productKey, f("from", Kind.DATE),
				f("to", Kind.DATE), whole("page", 0, 20_000), whole("size", 1, 500));
		read(FORECAST, "/api/forecasts/products/{productKey}/scenarios", pay, productKey, whole("page", 0, 20_000),
				whole("size", 1, 500));
		read(FORECAST, "/api/forecasts/items/{itemId}", Map.of("itemId", item), f("itemId", Kind.ID));
		read(FORECAST, "/api/forecasts/teams/{teamKey}/throughput", Map.of("teamKey", "PAY-CHECKOUT"),
				f("teamKey", Kind.KEY));
		read(FORECAST, "/api/forecasts/teams/{teamKey}/throughput/export", Map.of("teamKey", "PAY-CHECKOUT"),
				f("teamKey", Kind.KEY));
	}

	private void write(RefineryService service, String method, String path, Map<String, String> headers,
			Map<String, Object> valid, Field... fields) {
		endpoints.add(new Endpoint(service, method, path, headers, valid, false, List.of(fields), List.of(), Map.of()));
	}

	private void read(RefineryService service, String path, Map<String, String> values, Field... parameters) {
		endpoints.add(new Endpoint(service, "GET", path, Map.of(), null, false, List.of(), List.of(parameters), values));
	}

	private static Field f(String name, Kind kind) {
		return new Field(name, kind, 0, 0, true);
	}

	private static Field unchecked(String name, Kind kind) {
		return new Field(name, kind, 0, 0, false);
	}

	private static Field text(String name, long max) {
		return new Field(name, Kind.TEXT, 0, max, true);
	}

	private static Field whole(String name, long min, long max) {
		return new Field(name, Kind.WHOLE, min, max, true);
	}

	private static Field decimal(String name, long max) {
		return new Field(name, Kind.DECIMAL, 0, max, true);
	}

	private static Field[] concat(Field[] fields, Field... more) {
		var all = new ArrayList<>(List.of(fields));
		all.addAll(List.of(more));
		return all.toArray(Field[]::new);
	}

	private static Map<String, Object> body(Object... pairs) {
		var body = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

}
