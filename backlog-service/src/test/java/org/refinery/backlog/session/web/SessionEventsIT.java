package org.refinery.backlog.session.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live event stream of a refinement session, on real PostgreSQL. */
@ServiceTest
class SessionEventsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	SessionStreams streams;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	final HttpClient client = HttpClient.newHttpClient();

	final String owner = tokens.paul().mint();

	String product;

	String item;

	String session;

	@BeforeEach
	void aScheduledSessionOfTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Events","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (String team : List.of("-CHECKOUT", "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product + team));
		}
		grant("tess", "-CHECKOUT");
		grant("theo", "-LEDGER");
		item = http.post("/api/backlog/products/" + product + "/items", owner, "{\"type\":\"STORY\",\"title\":\"x\"}")
			.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
		var scheduled = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Live","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"%s":["tess"],"%s":["theo"]},"agenda":["%s"]}"""
			.formatted(product + "-CHECKOUT", product + "-LEDGER", item));
		session = scheduled.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");
	}

	@Test
	void a_recorded_outcome_and_the_close_reach_an_open_stream_after_commit() {
		try (SessionStream stream = SessionStream.follow(port, session, owner)) {
			http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
					"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"note\":\"ok\"}".formatted(item));
			http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);

			assertThat(stream.status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stream.heard())
				.contains("event:session-outcome-recorded", "event:session-closed")
				.anySatisfy(line -> assertThat(line).startsWith("data:").contains("\"itemId\":\"" + item + "\"")
					.contains("\"status\":\"OPEN\"")));
		}
	}

	/** Another replica served the outcome: its notice, sent with its commit, reaches the stream this replica holds. */
	@Test
	void a_change_another_replica_committed_reaches_a_stream_held_here() {
		try (SessionStream stream = SessionStream.follow(port, session, owner)) {
			jdbc.sql("select pg_notify(:channel, :notice)")
				.param("channel", SessionEventNotices.CHANNEL)
				.param("notice", "another-replica " + session + " 2 OPEN outcome-recorded " + item)
				.query()
				.listOfRows();

			await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(stream.heard())
				.containsSubsequence("id:2", "event:session-outcome-recorded")
				.anySatisfy(line -> assertThat(line).startsWith("data:").contains("\"itemId\":\"" + item + "\"")));
		}
	}

	@Test
	void a_refused_outcome_announces_nothing() {
		try (SessionStream stream = SessionStream.follow(port, session, owner)) {
			var refused = http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
					"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\"}".formatted(UUID.randomUUID()));
			http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);

			assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
			stream.awaitEvent("session-closed", Duration.ofSeconds(10));
			assertThat(stream.heard()).doesNotContain("event:session-outcome-recorded");
		}
	}

	@Test
	void a_session_of_a_product_the_caller_may_not_see_answers_404_as_a_problem() throws Exception {
		String nora = tokens.nora().mint();

		var invisible = client.send(SessionStream.request(port, session, nora), HttpResponse.BodyHandlers.ofString());
		var unknown = client.send(SessionStream.request(port, UUID.randomUUID().toString(), owner),
				HttpResponse.BodyHandlers.ofString());

		assertThat(invisible.statusCode()).isEqualTo(404);
		assertThat(invisible.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("session");
		assertThat(streams.listeners(UUID.fromString(session))).isZero();
	}

	@Test
	void a_fourth_stream_of_one_user_answers_429_as_a_problem_with_retry_after() throws Exception {
		try (SessionStream first = SessionStream.follow(port, session, owner);
				SessionStream second = SessionStream.follow(port, session, owner);
				SessionStream third = SessionStream.follow(port, session, owner)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> streams.listeners(UUID.fromString(session)) == 3);

			var refused = client.send(SessionStream.request(port, session, owner), HttpResponse.BodyHandlers.ofString());

			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(refused.body()).contains("\"title\":\"Too many live streams\"", "try again in 30 s");
		}
	}

	@Test
	void a_reconnect_with_last_event_id_is_sent_the_outcome_it_missed() {
		http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
				"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"note\":\"ok\"}".formatted(item));

		HttpRequest resumed = HttpRequest.newBuilder(SessionStream.request(port, session, owner), (name, value) -> true)
			.header("Last-Event-ID", "1")
			.build();

		try (SessionStream stream = SessionStream.follow(resumed)) {
			assertThat(stream.heard()).containsSubsequence("id:2", "event:session-outcome-recorded", "retry:5000", "id:2",
					"event:connected");
		}
	}

	/** Makes a person a member of one of the product's teams, as its owner does through the members API. */
	private void grant(String username, String team) {
		var granted = http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/" + username, owner,
				"{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]}".formatted(product + team), Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);
	}

}
