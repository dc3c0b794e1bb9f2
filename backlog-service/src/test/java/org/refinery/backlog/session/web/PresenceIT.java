package org.refinery.backlog.session.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who is present in a session: recorded by the replica holding each stream, on real PostgreSQL. */
@ServiceTest
class PresenceIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	SessionStreams streams;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	final String owner = tokens.paul().mint();

	String product;

	String session;

	@BeforeEach
	void aScheduledSessionOfTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Presence","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (String team : List.of("-CHECKOUT", "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product + team));
		}
		grant("tess", "-CHECKOUT");
		grant("theo", "-LEDGER");
		var scheduled = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Present","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"%s":["tess"],"%s":["theo"]}}"""
			.formatted(product + "-CHECKOUT", product + "-LEDGER"));
		session = scheduled.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");
	}

	@Test
	void aPersonIsPresentWhileTheirStreamIsOpenAndGoneOnceItEnded() {
		try (SessionStream ownersStream = SessionStream.follow(port, session, owner);
				SessionStream tessStream = SessionStream.follow(port, session, tokens.tess().mint())) {
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				JsonNode present = presence(owner);
				assertThat(present.path("people").toString()).contains("{\"username\":\"tess\",\"teams\":[\"" + product
						+ "-CHECKOUT\"],\"facilitator\":false}", "\"username\":\"paul\"");
				assertThat(present.path("teamsAbsent").toString()).isEqualTo("[\"" + product + "-LEDGER\"]");
			});
			assertThat(ownersStream.heard()).contains("event:presence-changed");
			int told = ownersStream.heard().size();

			tessStream.close();

			// The replica notices a departed client at its next heartbeat writes.
			await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(presence(owner).path("people").toString())
				.doesNotContain("tess"));
			// The stream hears it a moment after the record is gone: wait for it.
			ownersStream.awaitEventSince(told, "presence-changed", Duration.ofSeconds(10));
		}
	}

	@Test
	void aRecordNoReplicaRenewedExpiresAndTheStreamsAreTold() {
		try (SessionStream ownersStream = SessionStream.follow(port, session, owner)) {
			jdbc.sql("insert into session_presence (session_id, username, replica, last_seen) "
					+ "values (:session::uuid, 'theo', :replica, now() - interval '5 minutes')")
				.param("session", session).param("replica", UUID.randomUUID()).update();
			assertThat(presence(owner).path("people").toString()).doesNotContain("theo");
			int before = ownersStream.heard().size();

			streams.beat();

			assertThat(jdbc.sql("select count(*) from session_presence where session_id = :session::uuid and username = 'theo'")
				.param("session", session).query(Integer.class).single()).isZero();
			ownersStream.awaitEventSince(before, "presence-changed", Duration.ofSeconds(10));
		}
	}

	/** Another replica holds someone's stream: its notice reaches the streams held here. */
	@Test
	void aPresenceChangeAnotherReplicaCommittedReachesAStreamHeldHere() {
		try (SessionStream ownersStream = SessionStream.follow(port, session, owner)) {
			int before = ownersStream.heard().size();

			jdbc.sql("select pg_notify(:channel, :notice)").param("channel", PresenceKeeper.CHANNEL)
				.param("notice", "another-replica " + session).query().listOfRows();

			ownersStream.awaitEventSince(before, "presence-changed", Duration.ofSeconds(10));
		}
	}

	@Test
	void presenceOfASessionTheCallerMayNotSeeIsA404Problem() {
		var refused = http.get("/api/backlog/refinement-sessions/" + session + "/presence", tokens.nora().mint());

		assertThat(refused.getStatusCode().value()).isEqualTo(404);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private JsonNode presence(String token) {
		var answer = http.get("/api/backlog/refinement-sessions/" + session + "/presence", token);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return json.readTree(answer.getBody());
	}

	private void grant(String username, String team) {
		var granted = http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/" + username, owner,
				"{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]}".formatted(product + team), Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);
	}

}
