package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API1, broken object-level authorisation: nora belongs to SHOP only, so every PAY object,
 * asked for by its real id, is invisible to her and answers 404 problem+json (ADR 0005), through
 * the gateway and from each service directly. Paul reads the same URLs, which proves they exist.
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
				new Probe("forecast-service", "/api/forecasts/products/PAY/calibration"));
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

	@Test
	void an_outsiders_dependency_on_another_products_items_is_not_found() {
		var ids = SecurityPayObjects.find();

		HttpResponse<String> created = SharedPlatform.as("nora")
			.post("/api/dependencies", "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"RELATES\"}"
				.formatted(ids.itemId(), ids.ledgerItemId()));

		SecurityProblems.problem(created, 404);
	}

}
