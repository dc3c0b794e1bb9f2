package org.refinery.backlog.item;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.ConsumerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work finished before it was recorded: a product owner says when an item was really done, and
 * the history, the item's events and the product's velocity all count it then. Over HTTP on real
 * PostgreSQL and Kafka.
 */
@ServiceTest
class BackdatedCompletionIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	HealthFigures figures;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	String team;

	LocalDate firstPeriod = LocalDate.now(ZoneOffset.UTC).minusDays(70); // Sprints of 14 days: 0–4 are over

	@BeforeEach
	void aProductWithATeam() {
		http = ServiceClient.onPort(port);
		product = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		team = product + "-CHECKOUT";
		assertThat(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Completions","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"%s"}""".formatted(product, firstPeriod)).getStatusCode().value()).isEqualTo(201);
		http.post("/api/backlog/products/" + product + "/teams", owner,
				"{\"key\":\"%s\",\"name\":\"Checkout\",\"workMode\":\"SCRUM\"}".formatted(team));
	}

	@Test
	void theProductOwnerRecordsWhenWorkWasFinishedAndItCountsInThatPeriod() {
		String item = inProgress("Imported", 5);
		Instant finished = firstPeriod.plusDays(20).atTime(15, 30).toInstant(ZoneOffset.UTC); // in period 1

		var done = done(item, owner, finished.toString());

		assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
		assertThat(done.getBody()).contains("\"completedAt\":\"" + finished + "\"").contains("\"status\":\"DONE\"");
		assertThat(history(item)).filteredOn(entry -> "completedAt".equals(entry.get("field"))).singleElement()
			.satisfies(entry -> {
				assertThat(entry.get("oldValue")).isNull();
				assertThat(entry).containsEntry("newValue", finished.toString()).containsEntry("actor", "paul");
			});
		UUID productId = UUID.fromString((String) http.getJson("/api/backlog/products/" + product, owner).get("id"));
		assertThat(figures.ofProduct(productId, 6).orElseThrow().figures().pointsDonePerPeriod())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(figures.ofAllTeams(6).stream().filter(t -> t.teamKey().equals(team)).findFirst().orElseThrow()
			.pointsDonePerPeriod().get(1)).isEqualByComparingTo("5");
		assertThat(statusChangedTo("DONE", item).item().completedAt()).isEqualTo(finished);
	}

	@Test
	void aTeamMemberMovesWorkToDoneButCannotSayWhenItWasFinished() {
		String item = inProgress("Mine", 3);
		String member = tokens.forUser("tom").realmRoles("team-member").products(product).teams(team).mint();

		var refused = done(item, member, Instant.now().minus(Duration.ofDays(3)).toString());

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody()).contains("Only product owners of " + product + " and administrators record "
				+ "when work was finished");
		assertThat(http.post("/api/backlog/items/" + item + "/status", member, "{\"status\":\"DONE\"}")
			.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aCompletionInTheFutureTooLongAgoOrBeforeTheFirstPeriodIsRefusedNamingTheRule() {
		String item = inProgress("Doubtful", 2);
		Instant now = Instant.now();

		assertRefused(done(item, owner, now.plus(Duration.ofHours(1)).toString()), "must not be in the future");
		assertRefused(done(item, owner, now.minus(Duration.ofDays(401)).toString()),
				"must not be more than 400 days back");
		assertRefused(done(item, owner, firstPeriod.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString()),
				"must not be before the product's first period, which starts on " + firstPeriod);
		var notDone = http.post("/api/backlog/items/" + item + "/status", owner,
				"{\"status\":\"PLANNED\",\"completedAt\":\"%s\"}".formatted(now.minus(Duration.ofDays(1))));
		assertThat(notDone.getStatusCode().value()).as(notDone.getBody()).isEqualTo(400);
		assertThat(notDone.getBody()).contains("\"pointer\":\"/completedAt\"")
			.contains("may only be sent with status DONE");
		assertThat(http.getJson("/api/backlog/items/" + item, owner).get("status")).isEqualTo("IN_PROGRESS");
	}

	private static void assertRefused(ResponseEntity<String> response, String rule) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("\"pointer\":\"/completedAt\"").contains(rule);
	}

	private ResponseEntity<String> done(String item, String token, String completedAt) {
		return http.post("/api/backlog/items/" + item + "/status", token,
				"{\"status\":\"DONE\",\"completedAt\":\"%s\"}".formatted(completedAt));
	}

	/** An item of the team that meets the default Definition of Ready, walked up to IN_PROGRESS. */
	private String inProgress(String title, int estimate) {
		var created = http.post("/api/backlog/products/" + product + "/items", owner, """
				{"type":"STORY","title":"%s","teamKey":"%s","estimate":%d,"acceptanceCriteria":["works"]}"""
			.formatted(title, team, estimate));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String id = created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
		for (String status : List.of("IN_REFINEMENT", "READY", "PLANNED", "IN_PROGRESS")) {
			var moved = http.post("/api/backlog/items/" + id + "/status", owner, "{\"status\":\"" + status + "\"}");
			assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
		}
		return id;
	}

	/** The item's history entries (a page, newest first; all of them at this size). */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history(String item) {
		return (List<Map<String, Object>>) http.getJson("/api/backlog/items/" + item + "/history?size=500", owner)
			.get("content");
	}

	private ItemStatusChanged statusChangedTo(String status, String item) {
		List<ItemStatusChanged> found = new ArrayList<>();
		try (Consumer<String, RefineryEvent> events = consumers.createConsumer("completion-it-" + UUID.randomUUID(),
				null)) {
			events.subscribe(List.of(Topics.BACKLOG_ITEMS));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				events.poll(Duration.ofMillis(200)).forEach(record -> {
					if (record.value() instanceof ItemStatusChanged changed
							&& changed.item().id().toString().equals(item)
							&& changed.item().status().name().equals(status)) {
						found.add(changed);
					}
				});
				return !found.isEmpty();
			});
		}
		return found.getFirst();
	}

}
