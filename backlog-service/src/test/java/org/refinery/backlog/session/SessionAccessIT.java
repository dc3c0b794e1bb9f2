package org.refinery.backlog.session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who records a session's outcomes and who steers it, and who may be named in one, over HTTP on
 * real PostgreSQL and Kafka. Names are checked against the product's people when a session is
 * scheduled (a representative must be a member of the team represented); a name still gives a
 * right only to one of the product's people, so a viewer named facilitator writes nothing
 * (ADR 0005, ADR 0009).
 */
@ServiceTest
class SessionAccessIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	String item;

	@BeforeEach
	void aProductWithTwoTeamsAndAnItem() {
		http = ServiceClient.onPort(port);
		product = newProduct();
		item = add(product);
		grant("tess", "TEAM_MEMBER", "-CHECKOUT");
		grant("theo", "TEAM_MEMBER", "-LEDGER");
		grant("tom", "TEAM_MEMBER", "-CHECKOUT");
	}

	@Test
	void aViewerNamedAsFacilitatorNeitherRecordsOutcomesNorClosesNorCancels() {
		grant("vic", "VIEWER", null);
		String session = schedule("vic", "{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}");
		String vic = tokens.forUser("vic").realmRoles("viewer").products(product).mint();

		refused(outcome(session, vic), 403);
		refused(http.post(sessions(session) + "/close", vic, null), 403);
		refused(http.post(sessions(session) + "/cancel", vic, "{\"reason\":\"A viewer's cancel\"}"), 403);

		Map<?, ?> unchanged = http.getJson(sessions(session), owner);
		assertThat(unchanged.get("status")).isEqualTo("SCHEDULED");
		assertThat((List<?>) unchanged.get("outcomes")).isEmpty();
	}

	@Test
	void aViewerAStrangerAndAMemberOfAnotherTeamAreRefusedAtSchedulingNamingEachField() {
		grant("vic", "VIEWER", null);
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Named","startsAt":"2026-12-01T09:00:00Z","facilitator":"stranger",
				 "representatives":{"%s":["vic","tess"],"%s":["tess"]},"agenda":[]}"""
			.formatted(product + "-CHECKOUT", product + "-LEDGER"));

		JsonNode problem = refused(response, 422);
		assertThat(problem.path("errors").valueStream().map(error -> error.path("pointer").asString() + "="
				+ error.path("value").asString()))
			.containsExactly("/facilitator=stranger", "/representatives/" + product + "-CHECKOUT=vic",
					"/representatives/" + product + "-LEDGER=tess");
		assertThat(problem.path("errors").get(1).path("rule").asString())
			.startsWith("must be a member of team " + product + "-CHECKOUT");
		assertThat(http.getJson("/api/backlog/products/" + product + "/refinement-sessions", owner).get("totalElements"))
			.isEqualTo(0);
	}

	@Test
	void aCallerKnownOnlyByTheTeamsGroupRepresentsItHimselfAndACorrectionChecksOnlyNewNames() {
		String uma = tokens.forUser("uma").realmRoles("team-member").products(product).teams(product + "-LEDGER").mint();
		var scheduled = http.post("/api/backlog/products/" + product + "/refinement-sessions", uma, """
				{"title":"By group","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"%s":["uma"],"%s":["tess"]},"agenda":[]}"""
			.formatted(product + "-LEDGER", product + "-CHECKOUT"));
		assertThat(scheduled.getStatusCode().value()).as(scheduled.getBody()).isEqualTo(201);
		String session = scheduled.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");

		var kept = http.exchangeWith("PATCH", sessions(session), owner, """
				{"representatives":{"%s":["uma"],"%s":["tess","tom"]}}"""
			.formatted(product + "-LEDGER", product + "-CHECKOUT"), Map.of());
		assertThat(kept.getStatusCode().value()).as(kept.getBody()).isEqualTo(200);
		JsonNode added = refused(http.exchangeWith("PATCH", sessions(session), owner, """
				{"facilitator":"nobody"}""", Map.of()), 422);
		assertThat(added.path("errors").get(0).path("pointer").asString()).isEqualTo("/facilitator");
	}

	@Test
	void aRepresentativeRecordsOutcomesOnlyAsAMemberOfTheTeamSheRepresents() {
		String session = schedule(null, "{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}");
		String tess = tokens.forUser("tess").realmRoles("team-member").mint();
		String unnamed = member("tom", "-CHECKOUT");

		grant("tess", "TEAM_MEMBER", "-LEDGER");
		refused(outcome(session, tess), 403);
		refused(outcome(session, unnamed), 403);
		grant("tess", "TEAM_MEMBER", "-CHECKOUT");
		var recorded = outcome(session, tess);

		assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
	}

	@Test
	void onlyTheFacilitatorAndTheProductOwnerCloseOrCancelWhileRepresentativesRecordOutcomes() {
		String session = schedule("theo", "{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}");
		String tess = member("tess", "-CHECKOUT");
		String theo = member("theo", "-LEDGER");

		assertThat(outcome(session, tess).getStatusCode().value()).isEqualTo(200);
		assertThat(outcome(session, theo).getStatusCode().value()).as("the facilitator records").isEqualTo(200);
		JsonNode closing = refused(http.post(sessions(session) + "/close", tess, null), 403);
		refused(http.post(sessions(session) + "/cancel", tess, "{\"reason\":\"A representative's cancel\"}"), 403);
		var closed = http.post(sessions(session) + "/close", theo, null);

		assertThat(closing.path("detail").asString()).contains("Only the facilitator and product owners");
		assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(200);
		String cancelled = schedule(null, "{\"%s\":[\"tess\"],\"%s\":[]}");
		assertThat(http.post(sessions(cancelled) + "/cancel", owner, "{\"reason\":\"No time\"}").getStatusCode()
			.value()).isEqualTo(200);
	}

	@Test
	void anAgendaItemOfAnotherProductAnUnknownOneAndAnInvisibleOneGetOneAnswerNamingTheEntry() {
		String other = newProduct();
		String foreign = add(other);
		String member = member("tom", "-CHECKOUT");

		List<JsonNode> answers = List.of(refused(scheduleWith(owner, foreign), 422),
				refused(scheduleWith(member, foreign), 422), refused(scheduleWith(member, UUID.randomUUID().toString()), 422));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.path("type").asString()).isEqualTo("https://refinery.dev/problems/invalid-input");
			assertThat(answer.path("detail").asString())
				.isEqualTo("The request is refused: agenda/1 must be the id of an item of product " + product);
			assertThat(answer.path("errors").get(0).path("pointer").asString()).isEqualTo("/agenda/1");
		});
		assertThat(http.getJson("/api/backlog/products/" + product + "/refinement-sessions", owner).get("totalElements"))
			.isEqualTo(0);
	}

	static JsonNode refused(ResponseEntity<String> response, int status) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	private String member(String username, String team) {
		return tokens.forUser(username).realmRoles("team-member").products(product).teams(product + team).mint();
	}

	private ResponseEntity<String> outcome(String session, String token) {
		return http.post(sessions(session) + "/outcomes", token,
				"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"note\":\"Agreed\"}".formatted(item));
	}

	private static String sessions(String session) {
		return "/api/backlog/refinement-sessions/" + session;
	}

	private String newProduct() {
		String key = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Session access","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(key));
		for (String team : List.of("-CHECKOUT", "-LEDGER")) {
			http.post("/api/backlog/products/" + key + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(key + team));
		}
		return key;
	}

	private String add(String productKey) {
		var created = http.post("/api/backlog/products/" + productKey + "/items", owner,
				"{\"type\":\"STORY\",\"title\":\"x\"}");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private ResponseEntity<String> scheduleWith(String token, String second) {
		return http.post("/api/backlog/products/" + product + "/refinement-sessions", token, """
				{"title":"Refinement","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"%s":["tom"]},"agenda":["%s","%s"]}""".formatted(product + "-CHECKOUT", item, second));
	}

	private String schedule(String facilitator, String representatives) {
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Weekly cross-team refinement","startsAt":"2026-12-01T09:00:00Z",%s
				 "representatives":%s,"agenda":["%s"]}""".formatted(
				facilitator == null ? "" : "\"facilitator\":\"" + facilitator + "\",",
				representatives.formatted(product + "-CHECKOUT", product + "-LEDGER"), item));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");
	}

	/** Grants a person one role in the product, as its owner does through the members API. */
	private void grant(String username, String role, String team) {
		String body = team == null ? "{\"roles\":[{\"role\":\"%s\"}]}".formatted(role)
				: "{\"roles\":[{\"role\":\"%s\",\"teamKey\":\"%s\"}]}".formatted(role, product + team);
		var granted = http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/" + username, owner, body,
				Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);
	}

}
