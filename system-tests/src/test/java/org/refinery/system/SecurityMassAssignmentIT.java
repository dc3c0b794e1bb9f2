package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API3, broken object property level authorisation: a client cannot set what the server owns
 * (id, version, rank, author, status by editing), cannot jump a workflow, and is shown no property
 * beyond the documented ones (no database columns, no other people's e-mail addresses).
 */
class SecurityMassAssignmentIT {

	/** The item fields of the design reference, and nothing else. */
	static final Set<String> ITEM_FIELDS = Set.of("id", "productKey", "key", "type", "title", "description",
			"acceptanceCriteria", "estimate", "teamKey", "contributingTeamKeys", "parentId", "rank", "status", "readiness",
			"completedAt", "version");

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"id\":\"7f1c4f5e-0000-4000-8000-000000000001\"", "\"version\":42", "\"rank\":\"0\"",
			"\"createdBy\":\"ada\"", "\"status\":\"DONE\"", "\"key\":\"PAY-1\"" })
	void a_new_item_naming_a_server_owned_field_is_refused_with_400(String field) {
		String body = "{\"type\":\"STORY\",\"title\":\"Mass assignment probe\",\"teamKey\":\"PAY-CHECKOUT\"," + field + "}";

		HttpResponse<String> response = SharedPlatform.as("paul").post("/api/backlog/products/PAY/items", body);

		SecurityProblems.problem(response, 400);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"id\":\"7f1c4f5e-0000-4000-8000-000000000001\"", "\"version\":42", "\"rank\":\"0\"",
			"\"createdBy\":\"ada\"", "\"status\":\"DONE\"", "\"completedAt\":\"2020-01-01T00:00:00Z\"" })
	void an_edit_naming_a_server_owned_field_is_refused_with_400_and_changes_nothing(String field) {
		String item = "/api/backlog/items/" + SecurityPayObjects.find().itemId();
		JsonNode before = Answers.ok(SharedPlatform.as("tess").get(item));

		HttpResponse<String> response = SharedPlatform.as("tess")
			.patch(item, "{\"title\":\"Edited with a server-owned field\"," + field + "}", before.path("version").asLong());

		SecurityProblems.problem(response, 400);
		JsonNode after = Answers.ok(SharedPlatform.as("tess").get(item));
		assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
		assertThat(after.path("title").asString()).isEqualTo(before.path("title").asString());
		assertThat(after.path("rank").asString()).isEqualTo(before.path("rank").asString());
	}

	@Test
	void a_status_jump_from_draft_to_done_is_refused_with_409_naming_the_allowed_moves() {
		String item = "/api/backlog/items/" + SecurityPayObjects.find().draftItemId();
		JsonNode before = Answers.ok(SharedPlatform.as("paul").get(item));
		assertThat(before.path("status").asString()).isEqualTo("DRAFT");

		HttpResponse<String> response = SharedPlatform.as("paul")
			.send(SharedPlatform.as("paul")
				.request(item + "/status")
				.header("Content-Type", "application/json")
				.header("If-Match", "\"" + before.path("version").asLong() + "\"")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\"}")));

		JsonNode problem = SecurityProblems.problem(response, 409);
		assertThat(problem.path("allowed").isArray()).as(problem.toString()).isTrue();
		assertThat(problem.path("allowed").toString()).doesNotContain("DONE");
		JsonNode after = Answers.ok(SharedPlatform.as("paul").get(item));
		assertThat(after.path("status").asString()).isEqualTo("DRAFT");
		assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
	}

	@Test
	void an_item_shows_exactly_the_documented_fields() {
		JsonNode item = Answers.ok(SharedPlatform.as("vic").get("/api/backlog/items/" + SecurityPayObjects.find().itemId()));

		assertThat(item.propertyNames()).isSubsetOf(ITEM_FIELDS);
		assertThat(item.propertyNames()).contains("id", "version", "status", "rank");
	}

	@Test
	void no_answer_shows_another_persons_e_mail_address() {
		var ids = SecurityPayObjects.find();
		PlatformClient vic = SharedPlatform.as("vic");
		for (String path : new String[] { "/api/backlog/products", "/api/backlog/products/PAY/items?size=100",
				"/api/backlog/items/" + ids.itemId() + "/history", "/api/backlog/refinement-sessions/" + ids.sessionId(),
				"/api/dependencies/" + ids.dependencyId(), "/api/alignment/goals/" + ids.goalId() }) {
			HttpResponse<String> response = vic.get(path);

			assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("@example.com", "password", "created_by", "_at\"");
		}
	}

}
