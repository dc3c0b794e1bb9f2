package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API1, broken object-level authorisation: nora belongs to SHOP only, so every PAY object,
 * asked for by its real id, is invisible to her and answers 404 problem+json (ADR 0005), through
 * the gateway and from each service directly. Paul reads the same URLs, which proves they exist.
 * A PAY id she sends in a body gets the answer an unknown id gets.
 */
class SecurityObjectLevelIT {

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	record Probe(String component, String path) {

		@Override
		public String toString() {
			return component + " GET " + path;
		}

	}

	static List<Probe> payObjects() {
		var ids = SecurityPayObjects.find();
		var paths = List.of(new Probe("backlog-service", "/api/backlog/products/PAY"),
				new Probe("backlog-service", "/api/backlog/products/PAY/items"),
				new Probe("backlog-service", "/api/backlog/items/" + ids.itemId()),
				new Probe("backlog-service", "/api/backlog/items/" + ids.itemId() + "/history"),
				new Probe("backlog-service", "/api/backlog/products/PAY/refinement-sessions"),
				new Probe("backlog-service", "/api/backlog/refinement-sessions/" + ids.sessionId()),
				new Probe("dependency-service", "/api/dependencies/" + ids.dependencyId()),
				new Probe("dependency-service", "/api/dependencies/products/PAY/analysis"),
				new Probe("alignment-service", "/api/alignment/goals/" + ids.goalId()),
				new Probe("alignment-service", "/api/alignment/products/PAY/summary"),
				new Probe("forecast-service", "/api/forecasts/products/PAY/calibration"),
				// Issue 17's audit: every feature's read of a product, in every service.
				new Probe("backlog-service", "/api/backlog/products/PAY/members"),
				new Probe("backlog-service", "/api/backlog/products/PAY/teams"),
				new Probe("backlog-service", "/api/backlog/products/PAY/definition-of-ready"),
				new Probe("backlog-service", "/api/backlog/products/PAY/health"),
				new Probe("dependency-service", "/api/dependencies/" + ids.dependencyId() + "/history"),
				new Probe("alignment-service", "/api/alignment/products/PAY/trend"),
				new Probe("forecast-service", "/api/forecasts/products/PAY/forecast-settings"),
				new Probe("forecast-service", "/api/forecasts/teams/PAY-CHECKOUT/throughput"));
		var probes = new ArrayList<Probe>();
		for (Probe probe : paths) {
			probes.add(new Probe("gateway", probe.path()));
			probes.add(probe);
		}
		return probes;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payObjects")
	void another_products_object_is_not_found_for_a_member_of_the_other_product_only(Probe probe) {
		HttpResponse<String> owner = PlatformClient.of(SharedPlatform.url(probe.component()), SharedPlatform.token("paul"))
			.get(probe.path());
		assertThat(owner.statusCode()).as("paul reads %s: %s", probe, owner.body()).isEqualTo(200);

		HttpResponse<String> outsider = PlatformClient.of(SharedPlatform.url(probe.component()),
				SharedPlatform.token("nora"))
			.get(probe.path());

		SecurityProblems.problem(outsider, 404);
	}

	@Test
	void an_outsiders_edit_of_another_products_item_is_not_found_and_changes_nothing() {
		String item = "/api/backlog/items/" + SecurityPayObjects.find().itemId();
		var before = Answers.ok(SharedPlatform.as("paul").get(item));

		HttpResponse<String> edit = SharedPlatform.as("nora")
			.patch(item, "{\"title\":\"Taken over by nora\"}", before.path("version").asLong());

		SecurityProblems.problem(edit, 404);
		var after = Answers.ok(SharedPlatform.as("paul").get(item));
		assertThat(after.path("title").asString()).isEqualTo(before.path("title").asString());
		assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
	}

	/**
	 * An id sent in a body is input: another product's item, one nora may not see and an unknown
	 * one get one answer, word for word, 422 naming the field, so that she cannot tell which PAY
	 * ids exist (ADR 0005).
	 */
	@Test
	void an_outsiders_dependency_on_another_products_item_gets_the_answer_an_unknown_item_gets() {
		var ids = SecurityPayObjects.find();
		String body = "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"RELATES\"}";

		JsonNode invisible = SecurityProblems.problem(SharedPlatform.as("nora")
			.post("/api/dependencies", body.formatted(ids.itemId(), ids.ledgerItemId())), 422);
		JsonNode unknown = SecurityProblems.problem(SharedPlatform.as("nora")
			.post("/api/dependencies", body.formatted(UUID.randomUUID(), UUID.randomUUID())), 422);

		sameAnswerNaming(invisible, unknown, "/dependentItemId");
	}

	@Test
	void an_outsiders_item_under_another_products_parent_gets_the_answer_an_unknown_parent_gets() {
		var ids = SecurityPayObjects.find();
		String story = "{\"type\":\"STORY\",\"title\":\"Object level probe\",\"teamKey\":\"SHOP-CART\",\"parentId\":\"%s\"}";
		PlatformClient nora = SharedPlatform.as("nora");

		JsonNode invisible = SecurityProblems.problem(nora.post("/api/backlog/products/SHOP/items",
				story.formatted(ids.itemId())), 422);
		JsonNode unknown = SecurityProblems.problem(nora.post("/api/backlog/products/SHOP/items",
				story.formatted(UUID.randomUUID())), 422);

		sameAnswerNaming(invisible, unknown, "/parentId");
	}

	private static void sameAnswerNaming(JsonNode invisible, JsonNode unknown, String pointer) {
		assertThat(invisible.path("type").asString()).isEqualTo("https://refinery.dev/problems/invalid-input")
			.isEqualTo(unknown.path("type").asString());
		assertThat(invisible.path("detail").asString()).isEqualTo(unknown.path("detail").asString());
		assertThat(invisible.path("errors").get(0).path("pointer").asString()).isEqualTo(pointer)
			.isEqualTo(unknown.path("errors").get(0).path("pointer").asString());
		assertThat(invisible.path("errors").get(0).path("rule").asString())
			.isEqualTo(unknown.path("errors").get(0).path("rule").asString());
	}

}
