package org.refinery.backlog.session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-team refinement sessions over HTTP, on real PostgreSQL. */
@ServiceTest
class SessionsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	String item;

	@BeforeEach
	void aProductWithTwoTeamsAndAnItem() {
		http = ServiceClient.onPort(port);
		product = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Sessions","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (String team : List.of("-CHECKOUT", "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product + team));
		}
		item = http.post("/api/backlog/products/" + product + "/items", owner, "{\"type\":\"STORY\",\"title\":\"x\"}")
			.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	@Test
	void aSessionOfTwoTeamsRecordsOutcomesAndCloses() {
		String session = schedule("{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}".formatted(product + "-CHECKOUT",
				product + "-LEDGER"));
		String tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-CHECKOUT")
			.mint();

		var recorded = http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", tess,
				"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"note\":\"Agreed on the happy path\"}".formatted(item));
		assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
		assertThat(recorded.getBody()).contains("\"status\":\"OPEN\"").contains("Agreed on the happy path");

		var closed = http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);
		assertThat(closed.getBody()).contains("\"status\":\"CLOSED\"");
		assertThat(http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", tess,
				"{\"itemId\":\"%s\",\"kind\":\"ESTIMATED\"}".formatted(item)).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void aSessionWithOneTeamAloneCannotClose() {
		String session = schedule("{\"%s\":[\"tess\"],\"%s\":[]}".formatted(product + "-CHECKOUT", product + "-LEDGER"));

		var refused = http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).contains("at least 2 teams; this one had 1");
	}

	@Test
	void teamsAndItemsMustBelongToTheProduct() {
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Cross","startsAt":"2026-12-01T09:00:00Z","representatives":{"SHOP-CART":["nora"]}}""");
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(http.get("/api/backlog/refinement-sessions/" + UUID.randomUUID(), owner).getStatusCode().value())
			.isEqualTo(404);
	}

	private String schedule(String representatives) {
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Weekly cross-team refinement","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":%s,"agenda":["%s"]}""".formatted(representatives, item));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");
	}

}
