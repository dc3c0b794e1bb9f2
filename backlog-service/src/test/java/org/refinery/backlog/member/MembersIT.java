package org.refinery.backlog.member;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's people over HTTP on real PostgreSQL and Kafka: granted and revoked in Refinery by
 * the product's owners, honoured by every rule from the next request on, without a new login.
 */
@ServiceTest
class MembersIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	/** Paul owns the new product only through his membership: no Keycloak group names it. */
	String paul = tokens.paul().mint();

	/** Tess is in PAY's groups only; nothing in her token names the new product. */
	String tess = tokens.tess().mint();

	String product;

	String item;

	@BeforeEach
	void aProductPaulCreatedWithATeamAndAnItemOfIt() {
		http = ServiceClient.onPort(port);
		product = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		assertThat(http.post("/api/backlog/products", paul, """
				{"key":"%s","name":"Members","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product)).getStatusCode().value()).isEqualTo(201);
		for (String team : new String[] { "-CORE", "-EDGE" }) {
			assertThat(http.post("/api/backlog/products/" + product + "/teams", paul,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product + team))
				.getStatusCode().value()).isEqualTo(201);
		}
		var added = http.post("/api/backlog/products/" + product + "/items", paul,
				"{\"type\":\"STORY\",\"title\":\"Core work\",\"teamKey\":\"%s\"}".formatted(product + "-CORE"));
		assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
		item = "/api/backlog/items/" + added.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	@Test
	void theCreatorBecomesTheProductsOwner() {
		JsonNode members = ok(http.get(members(), paul));

		assertThat(members.path("totalElements").asLong()).isEqualTo(1);
		JsonNode owner = members.path("content").get(0);
		assertThat(owner.path("username").asString()).isEqualTo("paul");
		assertThat(owner.path("role").asString()).isEqualTo("PRODUCT_OWNER");
		assertThat(owner.path("source").asString()).isEqualTo("REFINERY");
		assertThat(members.path("version").asLong()).isEqualTo(1);
	}

	@Test
	void aTeamMemberGrantedByTheOwnerEditsAnItemOfHerTeamOnTheNextRequest() {
		assertThat(http.patch(item, tess, "{\"title\":\"Mine now\"}").getStatusCode().value()).isEqualTo(404);

		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), null));

		var edited = http.patch(item, tess, "{\"title\":\"Mine now\"}");
		assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(200);
	}

	@Test
	void aRemovedMemberGets404OnTheNextRequest() {
		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), null));
		assertThat(http.get(item, tess).getStatusCode().value()).isEqualTo(200);

		var removed = http.exchangeWith("DELETE", members() + "/tess", paul, null, Map.of());
		assertThat(removed.getStatusCode().value()).as(removed.getBody()).isEqualTo(204);

		problem(http.get(item, tess), 404);
		problem(http.patch(item, tess, "{\"title\":\"Still mine?\"}"), 404);
		problem(http.get("/api/backlog/products/" + product, tess), 404);
	}

	@Test
	void aMemberOfAnotherTeamOfTheProductMayNotEditTheItem() {
		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-EDGE"), null));

		problem(http.patch(item, tess, "{\"title\":\"Not my team\"}"), 403);
	}

	@Test
	void aViewerMembershipReadsButNeverWrites() {
		String vic = tokens.vic().mint();
		ok(put("vic", "[{\"role\":\"VIEWER\"}]", null));

		assertThat(http.get(item, vic).getStatusCode().value()).isEqualTo(200);
		assertThat(http.get("/api/backlog/products/" + product, vic).getStatusCode().value()).isEqualTo(200);
		problem(http.patch(item, vic, "{\"title\":\"Viewers write nothing\"}"), 403);
		problem(http.post("/api/backlog/products/" + product + "/items", vic, "{\"type\":\"STORY\",\"title\":\"x\"}"),
				403);
		problem(http.exchangeWith("PUT", members() + "/vic", vic, "{\"roles\":[{\"role\":\"PRODUCT_OWNER\"}]}",
				Map.of()), 403);
	}

	@Test
	void anOwnerMembershipManagesTheProductAndItsPeople() {
		String olga = tokens.forUser("olga").realmRoles("team-member").mint();
		ok(put("olga", "[{\"role\":\"PRODUCT_OWNER\"}]", null));

		assertThat(http.patch("/api/backlog/products/" + product, olga, "{\"name\":\"Renamed\"}").getStatusCode()
			.value()).isEqualTo(200);
		var granted = http.exchangeWith("PUT", members() + "/vic", olga, "{\"roles\":[{\"role\":\"VIEWER\"}]}",
				Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);
	}

	@Test
	void whoCannotSeeTheProductGets404AndAMemberWhoMayNotManageGets403AndNothingIsWritten() {
		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), null));
		String body = "{\"roles\":[{\"role\":\"PRODUCT_OWNER\"}]}";

		problem(http.exchangeWith("PUT", members() + "/tess", tess, body, Map.of()), 403);
		problem(http.exchangeWith("DELETE", members() + "/paul", tess, null, Map.of()), 403);
		problem(http.exchangeWith("PUT", members() + "/nora", tokens.nora().mint(), body, Map.of()), 404);
		problem(http.get(members(), tokens.nora().mint()), 404);
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void theLastOwnerCannotBeRemovedNorDemoted() {
		JsonNode removed = problem(http.exchangeWith("DELETE", members() + "/paul", paul, null, Map.of()), 409);
		assertThat(removed.path("detail").asString())
			.isEqualTo("paul is the last product owner of " + product
					+ "; a product keeps at least one owner, so make someone else its owner first");
		problem(put("paul", "[{\"role\":\"VIEWER\"}]", null), 409);
		assertThat(rows()).isEqualTo(1);

		ok(put("olga", "[{\"role\":\"PRODUCT_OWNER\"}]", null));
		var stepsDown = http.exchangeWith("DELETE", members() + "/paul", paul, null, Map.of());
		assertThat(stepsDown.getStatusCode().value()).as(stepsDown.getBody()).isEqualTo(204);
	}

	@Test
	void historyRecordsWhoGrantedAndRevokedWhatWhen() {
		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), "\"1\""));
		ok(put("tess", "[{\"role\":\"VIEWER\"}]", "\"2\""));

		JsonNode history = ok(http.get(members() + "/history", paul));

		assertThat(history.path("totalElements").asLong()).isEqualTo(4);
		assertThat(history.path("content").valueStream()
			.map(c -> c.path("version").asLong() + " " + c.path("change").asString() + " "
					+ c.path("username").asString() + " " + c.path("role").asString() + " "
					+ c.path("teamKey").asString("-") + " by " + c.path("changedBy").asString()))
			.containsExactly("3 GRANTED tess VIEWER - by paul", "3 REVOKED tess TEAM_MEMBER " + product + "-CORE by paul",
					"2 GRANTED tess TEAM_MEMBER " + product + "-CORE by paul",
					"1 GRANTED paul PRODUCT_OWNER - by paul");
		assertThat(history.path("content").valueStream()).allSatisfy(c -> assertThat(c.path("changedAt").asString())
			.isNotBlank());
	}

	@Test
	void grantingTheRolesAPersonAlreadyHoldsChangesNeitherTheVersionNorTheHistory() {
		String roles = "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE");
		ok(put("tess", roles, "\"1\""));

		var again = put("tess", roles, "\"2\"");

		assertThat(ok(again).path("version").asLong()).isEqualTo(2);
		assertThat(ok(http.get(members() + "/history", paul)).path("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentOne() {
		var stale = put("tess", "[{\"role\":\"VIEWER\"}]", "\"7\"");

		assertThat(problem(stale, 412).path("currentVersion").asLong()).isEqualTo(1);
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void badInputIsNamedByItsPointerAndWritesNothing() {
		assertPointer(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"PAY-CHECKOUT\"}]", null), 422,
				"/roles/0/teamKey", "must be the key of a team of product " + product);
		assertPointer(put("tess", "[{\"role\":\"VIEWER\"},{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]"
			.formatted(product + "-NOPE"), null), 422, "/roles/1/teamKey", "must be the key of a team of product " + product);
		assertPointer(put("tess", "[{\"role\":\"TEAM_MEMBER\"}]", null), 400, "/roles/0/teamKey",
				"must name the team for TEAM_MEMBER");
		assertPointer(put("tess", "[{\"role\":\"VIEWER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), null), 400,
				"/roles/0/teamKey", "must be absent for VIEWER");
		assertPointer(put("tess", "[{\"role\":\"VIEWER\"},{\"role\":\"VIEWER\"}]", null), 400, "/roles/1",
				"must not repeat a role listed before");
		assertPointer(put("tess", "[]", null), 400, "/roles", null);
		assertPointer(put("tess", "[{\"role\":\"KING\"}]", null), 400, "/roles/0/role", null);
		assertPointer(put("Tess!", "[{\"role\":\"VIEWER\"}]", null), 400, "#/path/username", null);
		assertPointer(put("t".repeat(101), "[{\"role\":\"VIEWER\"}]", null), 400, "#/path/username", null);
		assertPointer(put("tess", "[{\"role\":\"VIEWER\"}]", "yesterday"), 400, "#/header/If-Match", null);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void theCallerReadsHerOwnAccessWithWhereEachGrantComesFrom() {
		ok(put("tess", "[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]".formatted(product + "-CORE"), null));

		JsonNode access = ok(http.get("/api/backlog/me/access", tess));

		assertThat(access.path("username").asString()).isEqualTo("tess");
		assertThat(access.path("everyProduct").asBoolean()).isFalse();
		assertThat(access.path("grants").valueStream()
			.map(g -> g.path("source").asString() + " " + g.path("productKey").asString("-") + " "
					+ g.path("role").asString() + " " + g.path("teamKey").asString("-")))
			.contains("REFINERY " + product + " TEAM_MEMBER " + product + "-CORE", "KEYCLOAK_GROUP PAY VIEWER -")
			.anyMatch(grant -> grant.startsWith("KEYCLOAK_GROUP") && grant.endsWith("TEAM_MEMBER PAY-CHECKOUT"));
		assertThat(ok(http.get("/api/backlog/me/access", tokens.ada().mint())).path("grants").valueStream()
			.map(g -> g.path("source").asString() + " " + g.path("role").asString())).contains("REALM_ROLE ADMIN");
	}

	private ResponseEntity<String> put(String username, String roles, String ifMatch) {
		return http.exchangeWith("PUT", members() + "/" + username, paul, "{\"roles\":" + roles + "}",
				ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	private String members() {
		return "/api/backlog/products/" + product + "/members";
	}

	private long rows() {
		return jdbc.sql("select count(*) from product_member m join product p on p.id = m.product_id where p.key = :key")
			.param("key", product)
			.query(Long.class)
			.single();
	}

	private static JsonNode ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	private static JsonNode problem(ResponseEntity<String> response, int status) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		return JSON.readTree(response.getBody());
	}

	private static void assertPointer(ResponseEntity<String> response, int status, String pointer, String rule) {
		JsonNode error = problem(response, status).path("errors").get(0);
		assertThat(error).as(response.getBody()).isNotNull();
		assertThat(error.path("pointer").asString()).as(response.getBody()).isEqualTo(pointer);
		if (rule != null) {
			assertThat(error.path("rule").asString()).isEqualTo(rule);
		}
	}

}
