package org.refinery.backlog.session;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.sessions.OutcomeKind;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionStatus;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Cross-team refinement sessions over HTTP, on real PostgreSQL and Kafka. */
@ServiceTest
class SessionsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> sessionEvents;

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
		grant("tess", "-CHECKOUT");
		grant("theo", "-LEDGER");
		item = add("{\"type\":\"STORY\",\"title\":\"x\"}");
		sessionEvents = consumers.createConsumer("sessions-it-" + UUID.randomUUID(), null);
		sessionEvents.subscribe(List.of(Topics.BACKLOG_SESSIONS));
	}

	@AfterEach
	void closeConsumer() {
		sessionEvents.close();
	}

	@Test
	void aSessionOfTwoTeamsRecordsOutcomesAndClosesAsCrossTeam() {
		String session = schedule(twoTeams());
		String tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-CHECKOUT")
			.mint();

		var recorded = outcome(session, tess, "{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"note\":\"Agreed on the happy path\"}");
		assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
		assertThat(recorded.getBody()).contains("\"status\":\"OPEN\"").contains("Agreed on the happy path");

		var closed = http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);
		assertThat(closed.getBody()).contains("\"status\":\"CLOSED\"").contains("\"crossTeam\":true");
		assertThat(outcome(session, tess, "{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\"}").getStatusCode().value())
			.isEqualTo(409);
	}

	@Test
	void aGoalLinkedOutcomeIsKeptAndAnnouncedWithItsKindAndNote() {
		String session = schedule(twoTeams());

		var recorded = outcome(session, owner,
				"{\"itemId\":\"%s\",\"kind\":\"GOAL_LINKED\",\"note\":\"Linked to the goal Instant payouts\"}");

		assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
		assertThat(http.get("/api/backlog/refinement-sessions/" + session, owner).getBody())
			.contains("\"kind\":\"GOAL_LINKED\"").contains("Linked to the goal Instant payouts");
		var announced = (RefinementOutcomeRecorded) eventsOf(session, 2).get(1);
		assertThat(announced.outcome()).isEqualTo(OutcomeKind.GOAL_LINKED);
		assertThat(announced.note()).isEqualTo("Linked to the goal Instant payouts");
	}

	@Test
	void aSessionHeardByOneTeamClosesAsNotCrossTeam() {
		String session = schedule("{\"%s\":[\"tess\"],\"%s\":[]}".formatted(product + "-CHECKOUT", product + "-LEDGER"));

		var closed = http.post("/api/backlog/refinement-sessions/" + session + "/close", owner, null);

		assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(200);
		assertThat(closed.getBody()).contains("\"teamsHeard\":1").contains("\"crossTeam\":false");
	}

	@Test
	void aSessionScheduledWithOneTeamClosesAndAnotherCancels() {
		String oneTeam = "{\"%s\":[\"tess\"]}".formatted(product + "-CHECKOUT");
		String closing = schedule(oneTeam);
		String cancelling = schedule(oneTeam);

		var closed = http.post("/api/backlog/refinement-sessions/" + closing + "/close", owner, null);
		var cancelled = http.post("/api/backlog/refinement-sessions/" + cancelling + "/cancel", owner,
				"{\"reason\":\"Team away\"}");

		assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(200);
		assertThat(closed.getBody()).contains("\"status\":\"CLOSED\"").contains("\"crossTeam\":false");
		assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(200);
		assertThat(cancelled.getBody()).contains("\"status\":\"CANCELLED\"");
	}

	@Test
	void aCorrectionIsVersionedKeptInHistoryAndAnnouncedWhileOneThatChangesNothingIsNot() {
		String session = schedule(twoTeams());
		String body = "{\"title\":\"Moved refinement\",\"startsAt\":\"2026-12-02T09:00:00Z\"}";

		var edited = edit(session, body, "\"1\"");
		assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(200);
		assertThat(edited.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(edit(session, body, "\"2\"").getHeaders().getETag()).as("nothing changed").isEqualTo("\"2\"");
		assertThat(edit(session, "{\"title\":\"Again\"}", "\"1\"").getStatusCode().value()).isEqualTo(412);

		String history = http.get("/api/backlog/refinement-sessions/" + session + "/history", owner).getBody();
		assertThat(history).contains("\"field\":\"scheduled\"").contains("\"newValue\":\"Moved refinement\"")
			.contains("\"field\":\"startsAt\"").doesNotContain("\"version\":3");
		Map<?, ?> newest = http.getJson("/api/backlog/refinement-sessions/" + session + "/history?size=1", owner);
		assertThat(List.of(newest.get("totalElements"), newest.get("page"), newest.get("size"))).containsExactly(3, 0, 1);
		assertThat((List<?>) newest.get("content")).singleElement().asString().contains("version=2", "field=startsAt");
		var updated = (RefinementSessionUpdated) eventsOf(session, 2).get(1);
		assertThat(updated.changedFields()).containsExactly("startsAt", "title");
		assertThat(updated.session().title()).isEqualTo("Moved refinement");
	}

	@Test
	void aCancelledSessionIsOverAndAnnouncedAsCancelled() {
		String session = schedule(twoTeams());

		var cancelled = http.post("/api/backlog/refinement-sessions/" + session + "/cancel", owner,
				"{\"reason\":\"PI planning instead\"}");

		assertThat(cancelled.getBody()).contains("\"status\":\"CANCELLED\"").contains("PI planning instead");
		assertThat(edit(session, "{\"title\":\"Back\"}", null).getStatusCode().value()).isEqualTo(409);
		var event = (RefinementSessionCancelled) eventsOf(session, 2).get(1);
		assertThat(event.session().status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(event.reason()).isEqualTo("PI planning instead");
		assertThat(http.get("/api/backlog/refinement-sessions/" + session + "/history", owner).getBody())
			.contains("\"newValue\":\"CANCELLED\"");
	}

	@Test
	void readyIsRecordedOnlyForAnItemThatMeetsTheDefinitionOfReadyAndMakesItReady() {
		String ready = add("{\"type\":\"STORY\",\"title\":\"r\",\"acceptanceCriteria\":[\"works\"],\"estimate\":3,"
				+ "\"teamKey\":\"%s\"}".formatted(product + "-CHECKOUT"));
		String session = schedule(twoTeams(), item, ready);

		var refused = outcome(session, owner, "{\"itemId\":\"%s\",\"kind\":\"READY\"}");
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).contains("failingRules").contains("No acceptance criteria yet");
		assertThat(status(item)).isEqualTo("DRAFT");

		var recorded = http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
				"{\"itemId\":\"%s\",\"kind\":\"READY\"}".formatted(ready));
		assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
		assertThat(status(ready)).isEqualTo("READY");
	}

	@Test
	void estimatedRemovedAndSplitOutcomesChangeTheItem() {
		String removed = add("{\"type\":\"STORY\",\"title\":\"gone\"}");
		String epic = add("{\"type\":\"EPIC\",\"title\":\"big\"}");
		String session = schedule(twoTeams(), item, removed, epic);

		outcome(session, owner, "{\"itemId\":\"%s\",\"kind\":\"ESTIMATED\",\"estimate\":590}");
		http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
				"{\"itemId\":\"%s\",\"kind\":\"REMOVED\",\"note\":\"Duplicate of x\"}".formatted(removed));
		var split = http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner,
				"{\"itemId\":\"%s\",\"kind\":\"SPLIT\",\"children\":[{\"type\":\"STORY\",\"title\":\"a\"},"
						.formatted(epic) + "{\"type\":\"STORY\",\"title\":\"b\"}]}");

		assertThat(http.get("/api/backlog/items/" + item, owner).getBody()).contains("\"estimate\":590");
		assertThat(status(removed)).isEqualTo("REMOVED");
		assertThat(http.get("/api/backlog/items/" + removed + "/history", owner).getBody()).contains("Duplicate of x");
		assertThat(split.getStatusCode().value()).as(split.getBody()).isEqualTo(200);
		assertThat(((List<?>) ((Map<?, ?>) ((List<?>) http.getJson("/api/backlog/refinement-sessions/" + session, owner)
			.get("outcomes")).get(2)).get("children"))).hasSize(2);
	}

	@Test
	void onlyItemsOnTheAgendaGetOutcomesAndItemsMayJoinIt() {
		String late = add("{\"type\":\"STORY\",\"title\":\"late\"}");
		String session = schedule(twoTeams());
		String body = "{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\"}".formatted(late);

		var refused = http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner, body);
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).contains("not on the agenda");
		edit(session, "{\"agenda\":[\"%s\",\"%s\"]}".formatted(item, late), null);
		assertThat(http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", owner, body)
			.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void theSessionsOfAProductComeAsAPage() {
		schedule(twoTeams());
		schedule(twoTeams());

		var page = http.getJson("/api/backlog/products/" + product + "/refinement-sessions?size=1", owner);

		assertThat(page.get("totalElements")).isEqualTo(2);
		assertThat((List<?>) page.get("content")).hasSize(1);
		assertThat(page.get("size")).isEqualTo(1);
	}

	@Test
	void teamsAndItemsMustBelongToTheProduct() {
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Cross","startsAt":"2026-12-01T09:00:00Z","representatives":{"SHOP-CART":["nora"]}}""");
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(http.get("/api/backlog/refinement-sessions/" + UUID.randomUUID(), owner).getStatusCode().value())
			.isEqualTo(404);
	}

	private String twoTeams() {
		return "{\"%s\":[\"tess\"],\"%s\":[\"theo\"]}".formatted(product + "-CHECKOUT", product + "-LEDGER");
	}

	private String add(String body) {
		var created = http.post("/api/backlog/products/" + product + "/items", owner, body);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private String status(String itemId) {
		return (String) http.getJson("/api/backlog/items/" + itemId, owner).get("status");
	}

	private ResponseEntity<String> outcome(String session, String token, String body) {
		return http.post("/api/backlog/refinement-sessions/" + session + "/outcomes", token, body.formatted(item));
	}

	private ResponseEntity<String> edit(String session, String body, String ifMatch) {
		return http.exchangeWith("PATCH", "/api/backlog/refinement-sessions/" + session, owner, body,
				ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	private String schedule(String representatives, String... agenda) {
		List<String> items = agenda.length == 0 ? List.of(item) : List.of(agenda);
		var response = http.post("/api/backlog/products/" + product + "/refinement-sessions", owner, """
				{"title":"Weekly cross-team refinement","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":%s,"agenda":[%s]}""".formatted(representatives,
				String.join(",", items.stream().map(id -> "\"" + id + "\"").toList())));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/refinement-sessions/", "");
	}

	/** The events of this session in version order, waiting for {@code expected}. */
	private List<RefineryEvent> eventsOf(String session, int expected) {
		List<RefineryEvent> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			sessionEvents.poll(Duration.ofMillis(200)).forEach(record -> {
				if (record.value() instanceof RefineryEvent event && event.aggregateId().toString().equals(session)) {
					found.add(event);
				}
			});
			return found.size() >= expected;
		});
		found.sort(java.util.Comparator.comparing(RefineryEvent::aggregateVersion));
		return found;
	}


	/** Makes a person a member of one of the product's teams, as its owner does through the members API. */
	private void grant(String username, String team) {
		var granted = http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/" + username, owner,
				"{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]}".formatted(product + team), Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);
	}

}
