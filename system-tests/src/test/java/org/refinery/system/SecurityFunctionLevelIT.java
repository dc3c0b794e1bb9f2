package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API5, broken function-level authorisation: each role reaches exactly its functions. Team
 * members edit their own team's items only, product owners shape the backlog, portfolio managers
 * watch and set strategy, viewers read (and run no forecast). A team member alone hands no item to
 * another team. Every refusal is 403 problem+json and changes nothing.
 */
class SecurityFunctionLevelIT {

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	record Attempt(String user, String method, String path, String body) {

		@Override
		public String toString() {
			return user + " " + method + " " + path;
		}

	}

	static List<Attempt> forbidden() {
		var ids = SecurityPayObjects.find();
		String item = "/api/backlog/items/" + ids.itemId();
		String ledgerItem = "/api/backlog/items/" + ids.ledgerItemId();
		String product = "{\"key\":\"SECX\",\"name\":\"Security probe\",\"deliveryMode\":\"SCALED_SCRUM\","
				+ "\"sprintLengthDays\":14,\"firstPeriodStart\":\"2026-01-05\"}";
		String story = "{\"type\":\"STORY\",\"title\":\"Function level probe\",\"teamKey\":\"PAY-CHECKOUT\"}";
		String dependency = "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"RELATES\"}"
			.formatted(ids.itemId(), ids.ledgerItemId());
		String timeframe = ",\"timeframeStart\":\"2026-01-01\",\"timeframeEnd\":\"2026-12-31\"}";
		String objective = "{\"level\":\"OBJECTIVE\",\"title\":\"Function level probe\"" + timeframe;
		String productGoal = "{\"level\":\"PRODUCT_GOAL\",\"title\":\"Function level probe\",\"productKey\":\"PAY\""
				+ timeframe;
		return List.of(new Attempt("tess", "POST", "/api/backlog/products", product),
				new Attempt("vic", "POST", "/api/backlog/products", product),
				new Attempt("tess", "PATCH", ledgerItem, "{\"title\":\"Another team's item\"}"),
				new Attempt("vic", "PATCH", item, "{\"title\":\"A viewer's edit\"}"),
				new Attempt("vic", "POST", "/api/backlog/products/PAY/items", story),
				new Attempt("tess", "POST", item + "/move", "{\"after\":\"" + ids.ledgerItemId() + "\"}"),
				new Attempt("pia", "POST", item + "/move", "{\"after\":\"" + ids.ledgerItemId() + "\"}"),
				new Attempt("tess", "PATCH", "/api/backlog/products/PAY", "{\"vision\":\"A team member's vision\"}"),
				new Attempt("tess", "PATCH", item, "{\"teamKey\":\"PAY-LEDGER\"}"),
				new Attempt("vic", "POST", "/api/dependencies", dependency),
				// A viewer's POST of a forecast is a what-if run since issue 21 (200, never stored); the
				// baseline's settings are what only its product owners and administrators change.
				new Attempt("vic", "PUT", "/api/forecasts/products/PAY/forecast-settings",
						"{\"trials\":1000,\"mode\":\"COUNT\",\"horizon\":6}"),
				new Attempt("tess", "PUT", "/api/forecasts/products/PAY/forecast-settings",
						"{\"trials\":1000,\"mode\":\"COUNT\",\"horizon\":6}"),
				new Attempt("paul", "POST", "/api/alignment/goals", objective),
				new Attempt("tess", "POST", "/api/alignment/goals", productGoal),
				new Attempt("vic", "POST", "/api/alignment/links",
						"{\"itemId\":\"" + ids.itemId() + "\",\"goalId\":\"" + ids.goalId() + "\",\"rationale\":\"probe\"}"),
				// Issue 17's audit: only a product's owners (and administrators) shape its people and
				// teams; portfolio managers watch, and set no product's baseline.
				new Attempt("tess", "PUT", "/api/backlog/products/PAY/members/nora", "{\"roles\":[{\"role\":\"VIEWER\"}]}"),
				new Attempt("pia", "PUT", "/api/backlog/products/PAY/members/nora", "{\"roles\":[{\"role\":\"VIEWER\"}]}"),
				new Attempt("tess", "DELETE", "/api/backlog/products/PAY/members/vic", ""),
				new Attempt("pia", "POST", "/api/backlog/products/PAY/teams",
						"{\"key\":\"PAY-PROBE\",\"name\":\"Probe\",\"workMode\":\"SCRUM\"}"),
				new Attempt("tess", "PUT", "/api/backlog/products/PAY/definition-of-ready", "{\"rules\":[\"TEAM_ASSIGNED\"]}"),
				new Attempt("vic", "PUT", "/api/forecasts/teams/PAY-CHECKOUT/throughput",
						"[{\"periodStart\":\"2026-03-02\",\"periodEnd\":\"2026-03-15\",\"items\":7,\"points\":30}]"),
				new Attempt("pia", "PUT", "/api/forecasts/products/PAY/forecast-settings",
						"{\"trials\":1000,\"mode\":\"COUNT\",\"horizon\":6}"),
				new Attempt("tess", "POST", "/api/alignment/links",
						"{\"itemId\":\"" + ids.itemId() + "\",\"goalId\":\"" + ids.goalId() + "\",\"rationale\":\"probe\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forbidden")
	void a_function_beyond_the_callers_role_is_refused_with_403(Attempt attempt) {
		HttpResponse<String> response = send(attempt);

		SecurityProblems.problem(response, 403);
	}

	/**
	 * A viewer is no representative: naming vic for a team he is not a member of is refused when
	 * the session is scheduled (ADR 0009). Named facilitator, he is one of the product's people but
	 * still writes nothing, since viewers never write. The session is cancelled afterwards by its
	 * product owner, as a probe should be.
	 */
	@Test
	void a_viewer_is_refused_as_representative_and_named_facilitator_neither_records_outcomes_nor_closes_nor_cancels() {
		var ids = SecurityPayObjects.find();
		PlatformClient paul = SharedPlatform.as("paul");
		PlatformClient vic = SharedPlatform.as("vic");
		SecurityProblems.problem(paul.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Function level probe","startsAt":"2027-06-01T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["vic"]},"agenda":["%s"]}""".formatted(ids.itemId())), 422);
		Answers.ok(paul.send(paul.request("/api/backlog/products/PAY/members/vic")
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\":[{\"role\":\"VIEWER\"}]}"))));
		String session = Answers.created(paul.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Function level probe","startsAt":"2027-06-01T09:00:00Z","facilitator":"vic",
				 "representatives":{"PAY-CHECKOUT":["tess"]},"agenda":["%s"]}""".formatted(ids.itemId())))
			.path("id").asString();
		String path = "/api/backlog/refinement-sessions/" + session;

		SecurityProblems.problem(vic.post(path + "/outcomes",
				"{\"itemId\":\"" + ids.itemId() + "\",\"kind\":\"CLARIFIED\",\"note\":\"A viewer's outcome\"}"), 403);
		SecurityProblems.problem(vic.post(path + "/close", "{}"), 403);
		SecurityProblems.problem(vic.post(path + "/cancel", "{\"reason\":\"A viewer's cancel\"}"), 403);

		JsonNode unchanged = Answers.ok(paul.get(path));
		assertThat(unchanged.path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(unchanged.path("outcomes")).isEmpty();
		Answers.ok(paul.post(path + "/cancel", "{\"reason\":\"Security probe\"}"));
	}

	@Test
	void the_refused_edits_changed_nothing_and_the_allowed_reads_still_work() {
		var ids = SecurityPayObjects.find();
		JsonNode ledgerItem = Answers.ok(SharedPlatform.as("vic").get("/api/backlog/items/" + ids.ledgerItemId()));
		JsonNode ownItem = Answers.ok(SharedPlatform.as("vic").get("/api/backlog/items/" + ids.itemId()));
		JsonNode product = Answers.ok(SharedPlatform.as("vic").get("/api/backlog/products/PAY"));

		assertThat(ledgerItem.path("title").asString()).isNotEqualTo("Another team's item");
		assertThat(ownItem.path("teamKey").asString()).isEqualTo("PAY-CHECKOUT");
		assertThat(product.path("vision").asString()).isNotEqualTo("A team member's vision");
		assertThat(SharedPlatform.as("ada").get("/api/backlog/products/SECX").statusCode()).isEqualTo(404);
		assertThat(SharedPlatform.as("pia").get("/api/alignment/portfolio").statusCode()).isEqualTo(200);
		assertThat(SharedPlatform.as("nora").get("/api/backlog/products/PAY").statusCode())
			.as("the refused grants gave nora nothing").isEqualTo(404);
		assertThat(SharedPlatform.as("paul").get("/api/backlog/products/PAY/teams").body()).doesNotContain("PAY-PROBE");
	}

	private static HttpResponse<String> send(Attempt attempt) {
		PlatformClient client = SharedPlatform.as(attempt.user());
		var request = client.request(attempt.path())
			.header("Content-Type", "application/json")
			.method(attempt.method(), HttpRequest.BodyPublishers.ofString(attempt.body()));
		if (attempt.method().equals("PATCH")) {
			String etag = SharedPlatform.as("paul").get(attempt.path()).headers().firstValue("ETag").orElse("\"0\"");
			request.header("If-Match", etag);
		}
		return client.send(request);
	}

}
