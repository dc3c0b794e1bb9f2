package org.refinery.backlog.item;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemRestored;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mutations of one item that {@code ItemsIT} does not take apart: status changes, removal and
 * restore each announce exactly one event with the new state, and malformed changes are refused
 * as problems without touching the item.
 */
@ServiceTest
class ItemMutationsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> itemEvents;

	String owner = tokens.paul().mint();

	String item;

	@BeforeEach
	void oneItem() {
		http = ServiceClient.onPort(port);
		String product = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Mutations","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		itemEvents = consumers.createConsumer("mutations-it-" + UUID.randomUUID(), null);
		itemEvents.subscribe(List.of(Topics.BACKLOG_ITEMS));
		var created = http.post("/api/backlog/products/" + product + "/items", owner,
				"{\"type\":\"STORY\",\"title\":\"A\"}");
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		item = created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	@AfterEach
	void closeConsumer() {
		itemEvents.close();
	}

	@Test
	void a_status_change_a_removal_and_a_restore_each_emit_exactly_one_event_with_the_new_state() {
		http.post("/api/backlog/items/" + item + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");
		http.exchangeWith("DELETE", "/api/backlog/items/" + item + "?reason=Duplicate", owner, null, Map.of());
		http.post("/api/backlog/items/" + item + "/restore", owner, null);

		// In version order, not topic order: each commit's events are published on their own.
		List<RefineryEvent> events = eventsOf(4).stream()
			.sorted(java.util.Comparator.comparingLong(RefineryEvent::aggregateVersion))
			.toList();

		assertThat(events).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("ItemCreated", "ItemStatusChanged", "ItemRemoved", "ItemRestored");
		assertThat(events).extracting(RefineryEvent::aggregateVersion).containsExactly(1L, 2L, 3L, 4L);
		var changed = (ItemStatusChanged) events.get(1);
		assertThat(changed.item().status()).isEqualTo(ItemStatus.IN_REFINEMENT);
		assertThat(changed.item().version()).isEqualTo(2);
		var removed = (ItemRemoved) events.get(2);
		assertThat(removed.item().status()).isEqualTo(ItemStatus.REMOVED);
		assertThat(removed.reason()).isEqualTo("Duplicate");
		assertThat(removed.previousStatus()).isEqualTo(ItemStatus.IN_REFINEMENT);
		assertThat(((ItemRestored) events.get(3)).item().status()).isEqualTo(ItemStatus.IN_REFINEMENT);
	}

	@Test
	void malformed_changes_are_400_problems_and_leave_the_item_and_its_events_untouched() {
		String uri = "/api/backlog/items/" + item;
		for (String body : List.of("[1,2", "{\"rank\":\"0\"}", "{\"title\":\"" + "x".repeat(301) + "\"}",
				"{\"description\":\"" + "x".repeat(20001) + "\"}", "{\"teamKey\":\"not a team\"}")) {
			assertProblem(http.patch(uri, owner, body), body);
		}
		assertProblem(http.post(uri + "/status", owner, "{\"status\":\"BOGUS\"}"), "unknown status");
		assertProblem(http.post(uri + "/estimate", owner, "{\"estimate\":\"ten\"}"), "estimate not a number");
		assertProblem(http.post(uri + "/move", owner, "{\"before\":\"not-a-uuid\"}"), "target not an id");
		assertProblem(http.post("/api/backlog/items/not-a-uuid/estimate", owner, "{\"estimate\":1}"), "bad id");
		assertProblem(http.post(uri + "/estimate", owner, "{\"estimate\":1,\"by\":\"me\"}"), "unknown field");

		assertThat(http.get(uri, owner).getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(jdbc.sql("select count(*) from item_history where item_id = :id").param("id", UUID.fromString(item))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(eventsOf(1)).extracting(event -> event.getClass().getSimpleName()).containsExactly("ItemCreated");
	}

	private static void assertProblem(org.springframework.http.ResponseEntity<String> response, String what) {
		assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).as(what).hasToString("application/problem+json");
	}

	/** The events of this item, waiting for {@code expected} and a second more for any extra. */
	private List<RefineryEvent> eventsOf(int expected) {
		List<RefineryEvent> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll(found, Duration.ofMillis(200));
			return found.size() >= expected;
		});
		poll(found, Duration.ofSeconds(1));
		found.sort(java.util.Comparator.comparing(RefineryEvent::aggregateVersion));
		return found;
	}

	private void poll(List<RefineryEvent> found, Duration timeout) {
		itemEvents.poll(timeout).forEach(record -> {
			if (record.value() instanceof RefineryEvent event && event.aggregateId().toString().equals(item)) {
				found.add(event);
			}
		});
	}

}
