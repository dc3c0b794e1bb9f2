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
 * Who records a session's outcomes and who steers it, over HTTP on real PostgreSQL and Kafka.
 * Facilitators and representatives are free text: a name gives a right only to one of the
 * product's people (a member of the team represented, of one of the product's teams for the
 * facilitator), so a viewer named in a session still writes nothing (ADR 0005).
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
	}

	@Test
	void aViewerNamedAsFacilitatorAndRepresentativeNeitherRecordsOutcomesNorClosesNorCancels() {
		String session = schedule("vic", "{\"%s\":[\"vic\"],\"%s\":[\"theo\"]}");
		String vic = tokens.forUser("vic").realmRoles("viewer").products(product).mint();

		refused(outcome(session, vic), 403);
		refused(http.post(sessions(session) + "/close", vic, null), 403);
		refused(http.post(sessions(session) + "/cancel", vic, "{\"reason\":\"A viewer's cancel\"}"), 403);

		Map<?, ?> unchanged = http.getJson(sessions(session), owner);
		assertThat(unchanged.get("status")).isEqualTo("SCHEDULED");
		assertThat((List<?>) unchanged.get("outcomes")).isEmpty();
	}

	@Test
	void aRepresentativeRecordsOutcomesOnlyAsAMemberOfTheTeamSheRepresents() {
		String session = schedule(null, "{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}");
		String tess = member("tess", "-CHECKOUT");
		String tessOfAnotherTeam = member("tess", "-LEDGER");
		String unnamed = member("tom", "-CHECKOUT");

		refused(outcome(session, tessOfAnotherTeam), 403);
		refused(outcome(session, unnamed), 403);
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

}
