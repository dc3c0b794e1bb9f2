package org.refinery.backlog.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Forming teams of a product over HTTP, on real PostgreSQL. */
@ServiceTest
class TeamsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	@BeforeEach
	void aProductOwnedByPaul() {
		http = ServiceClient.onPort(port);
		product = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		var created = http.post("/api/backlog/products", tokens.paul().mint(), """
				{"key":"%s","name":"Teams test","deliveryMode":"SCALED_KANBAN","releaseLengthDays":42,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void theProductOwnerFormsTeamsThatAreListedByKey() {
		assertThat(form(tokens.paul().mint(), product + "-LEDGER", "KANBAN").getStatusCode().value()).isEqualTo(201);
		assertThat(form(tokens.paul().mint(), product + "-CHECKOUT", "SCRUM").getStatusCode().value()).isEqualTo(201);

		var teams = http.get("/api/backlog/products/" + product + "/teams", tokens.paul().mint());

		assertThat(teams.getStatusCode().value()).isEqualTo(200);
		assertThat(teams.getBody()).containsSubsequence(product + "-CHECKOUT", product + "-LEDGER");
	}

	@Test
	void theTeamsAreReadPageByPageLikeEveryList() {
		form(tokens.paul().mint(), product + "-LEDGER", "KANBAN");
		form(tokens.paul().mint(), product + "-CHECKOUT", "SCRUM");

		Map<?, ?> second = http.getJson("/api/backlog/products/" + product + "/teams?size=1&page=1", tokens.paul().mint());

		assertThat(List.of(second.get("page"), second.get("size"), second.get("totalElements"))).containsExactly(1, 1, 2);
		assertThat((List<?>) second.get("content")).singleElement().asString().contains(product + "-LEDGER");
		assertThat(http.get("/api/backlog/products/" + product + "/teams?size=0", tokens.paul().mint()).getStatusCode()
			.value()).isEqualTo(400);
	}

	@Test
	void aTeamKeyMustStartWithTheProductKey() {
		var response = form(tokens.paul().mint(), "OTHER-TEAM", "SCRUM");

		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(response.getBody()).contains("must start with " + product + "-");
		assertThat(teamCount()).isZero();
	}

	@Test
	void aTakenTeamKeyIsAConflict() {
		form(tokens.paul().mint(), product + "-CART", "SCRUM");

		assertThat(form(tokens.paul().mint(), product + "-CART", "KANBAN").getStatusCode().value()).isEqualTo(409);
		assertThat(teamCount()).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoManageTheProductFormTeams() {
		String member = tokens.forUser("mia").realmRoles("team-member").products(product).mint();
		assertThat(form(member, product + "-CART", "SCRUM").getStatusCode().value()).isEqualTo(403);
		assertThat(form(tokens.nora().mint(), product + "-CART", "SCRUM").getStatusCode().value()).isEqualTo(404);
		assertThat(teamCount()).isZero();
	}

	@Test
	void anUnknownWorkModeIsTheCallersMistake() {
		assertThat(form(tokens.paul().mint(), product + "-CART", "WATERFALL").getStatusCode().value()).isEqualTo(400);
		assertThat(teamCount()).isZero();
	}

	private org.springframework.http.ResponseEntity<String> form(String token, String key, String mode) {
		return http.post("/api/backlog/products/" + product + "/teams", token,
				"{\"key\":\"%s\",\"name\":\"Team %s\",\"workMode\":\"%s\"}".formatted(key, key, mode));
	}

	private long teamCount() {
		return jdbc.sql("select count(*) from team t join product p on p.id = t.product_id where p.key = :key")
			.param("key", product)
			.query(Long.class)
			.single();
	}

}
