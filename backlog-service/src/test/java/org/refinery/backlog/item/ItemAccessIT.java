package org.refinery.backlog.item;

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
 * Who may refer to which item and hand an item to which team, over HTTP on real PostgreSQL and
 * Kafka. An id that names no item of the product gets one answer whether it is unknown, in
 * another product or invisible to the caller, so that no answer tells whether an id exists (ADR 0005).
 */
@ServiceTest
class ItemAccessIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	String elsewhere;

	String foreignItem;

	@BeforeEach
	void twoProductsOfOneOwner() {
		http = ServiceClient.onPort(port);
		product = newProduct("-CHECKOUT", "-LEDGER");
		elsewhere = newProduct("-CART");
		foreignItem = add(elsewhere, owner, "{\"type\":\"EPIC\",\"title\":\"Elsewhere\"}");
	}

	@Test
	void aParentInAnotherProductAnUnknownParentAndAnInvisibleOneGetOneAnswerNamingParentId() {
		String member = member(product + "-CHECKOUT");
		String story = "{\"type\":\"STORY\",\"title\":\"Child\",\"teamKey\":\"%s\",\"parentId\":\"%s\"}";

		List<JsonNode> answers = List.of(
				refused(http.post(items(), owner, story.formatted(product + "-CHECKOUT", foreignItem)), 422),
				refused(http.post(items(), member, story.formatted(product + "-CHECKOUT", foreignItem)), 422),
				refused(http.post(items(), member, story.formatted(product + "-CHECKOUT", UUID.randomUUID())), 422));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.path("type").asString()).isEqualTo("https://refinery.dev/problems/invalid-input");
			assertThat(answer.path("detail").asString())
				.isEqualTo("The request is refused: parentId must be the id of an item of product " + product);
			assertThat(answer.path("errors").get(0).path("pointer").asString()).isEqualTo("/parentId");
			assertThat(answer.path("errors").get(0).path("rule").asString())
				.isEqualTo("must be the id of an item of product " + product);
		});
		assertThat(total(product)).as("nothing was added").isZero();
	}

	@Test
	void aParentInTheSameProductIsAccepted() {
		String epic = add(product, owner, "{\"type\":\"EPIC\",\"title\":\"Parent\"}");

		String child = add(product, owner, "{\"type\":\"STORY\",\"title\":\"Child\",\"parentId\":\"%s\"}".formatted(epic));

		assertThat(http.getJson("/api/backlog/items/" + child, owner).get("parentId")).isEqualTo(epic);
	}

	@Test
	void aMoveNextToAnItemOfAnotherProductOrAnUnknownOneGetsOneAnswerNamingTheField() {
		String item = add(product, owner, "{\"type\":\"STORY\",\"title\":\"Moved\"}");

		JsonNode foreign = refused(http.post(move(item), owner, "{\"after\":\"" + foreignItem + "\"}"), 422);
		JsonNode unknown = refused(http.post(move(item), owner, "{\"after\":\"" + UUID.randomUUID() + "\"}"), 422);
		JsonNode before = refused(http.post(move(item), owner, "{\"before\":\"" + UUID.randomUUID() + "\"}"), 422);

		assertThat(foreign.path("detail").asString()).isEqualTo(unknown.path("detail").asString())
			.isEqualTo("The request is refused: after must be the id of an item of product " + product);
		assertThat(foreign.path("errors").get(0).path("pointer").asString()).isEqualTo("/after");
		assertThat(before.path("errors").get(0).path("pointer").asString()).isEqualTo("/before");
	}

	@Test
	void aTeamMemberAloneDoesNotHandHerItemToAnotherTeamNorChangeItsTextOnTheWay() {
		String item = add(product, owner, "{\"type\":\"STORY\",\"title\":\"Ours\",\"teamKey\":\"%s\"}"
			.formatted(product + "-CHECKOUT"));
		String member = member(product + "-CHECKOUT");

		JsonNode handed = refused(http.patch("/api/backlog/items/" + item, member,
				"{\"teamKey\":\"%s\"}".formatted(product + "-LEDGER")), 403);
		refused(http.patch("/api/backlog/items/" + item, member,
				"{\"title\":\"Theirs now\",\"teamKey\":\"%s\"}".formatted(product + "-LEDGER")), 403);

		assertThat(handed.path("detail").asString()).contains("members of both the old and the new team");
		Map<?, ?> unchanged = http.getJson("/api/backlog/items/" + item, owner);
		assertThat(unchanged.get("teamKey")).isEqualTo(product + "-CHECKOUT");
		assertThat(unchanged.get("title")).as("no partial write").isEqualTo("Ours");
		assertThat(unchanged.get("version")).isEqualTo(1);
	}

	@Test
	void aMemberOfBothTeamsOrTheProductOwnerHandsAnItemOver() {
		String item = add(product, owner, "{\"type\":\"STORY\",\"title\":\"Ours\",\"teamKey\":\"%s\"}"
			.formatted(product + "-CHECKOUT"));
		String both = tokens.forUser("bea").realmRoles("team-member").products(product)
			.teams(product + "-CHECKOUT", product + "-LEDGER").mint();

		var handed = http.patch("/api/backlog/items/" + item, both, "{\"teamKey\":\"%s\"}".formatted(product + "-LEDGER"));
		var back = http.patch("/api/backlog/items/" + item, owner, "{\"teamKey\":\"%s\"}".formatted(product + "-CHECKOUT"));

		assertThat(handed.getStatusCode().value()).as(handed.getBody()).isEqualTo(200);
		assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(200);
	}

	/** Asserts a problem+json answer with this status and returns its body. */
	static JsonNode refused(ResponseEntity<String> response, int status) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	private String member(String team) {
		return tokens.forUser("tom").realmRoles("team-member").products(product).teams(team).mint();
	}

	private String newProduct(String... teams) {
		String key = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		assertThat(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Access","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(key)).getStatusCode().value()).isEqualTo(201);
		for (String team : teams) {
			http.post("/api/backlog/products/" + key + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(key + team));
		}
		return key;
	}

	private String items() {
		return "/api/backlog/products/" + product + "/items";
	}

	private static String move(String item) {
		return "/api/backlog/items/" + item + "/move";
	}

	private String add(String productKey, String token, String body) {
		var response = http.post("/api/backlog/products/" + productKey + "/items", token, body);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private long total(String productKey) {
		return ((Number) http.getJson("/api/backlog/products/" + productKey + "/items", owner).get("totalElements"))
			.longValue();
	}

}
