package org.refinery.backlog.item;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemReadinessChanged;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatus;
import org.refinery.contracts.dependencies.DependencyType;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Readiness follows what the dependency service announces, through real Kafka. */
@ServiceTest
class ReadinessFromEventsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> itemEvents;

	String owner = tokens.paul().mint();

	String product;

	@BeforeEach
	void aProductWhoseItemsNeedReadyPrerequisites() {
		http = ServiceClient.onPort(port);
		product = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Readiness","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		http.exchangeWith("PUT", "/api/backlog/products/" + product + "/definition-of-ready", owner,
				"{\"rules\":[\"ESTIMATED\",\"PREREQUISITES_READY\"]}", Map.of());
		itemEvents = consumers.createConsumer("readiness-it-" + UUID.randomUUID(), null);
		itemEvents.subscribe(List.of(Topics.BACKLOG_ITEMS));
	}

	@AfterEach
	void closeConsumer() {
		itemEvents.close();
	}

	@Test
	void aBlockingPrerequisiteAnnouncedByTheDependencyServiceMakesItsDependentUnreadyUntilItIsReady()
			throws Exception {
		String prerequisite = add("Ledger API");
		String dependent = add("Checkout uses ledger");
		http.post("/api/backlog/items/" + dependent + "/estimate", owner, "{\"estimate\":3}");
		assertThat(readiness(dependent)).contains("\"ready\":true");

		var identified = dependency(dependent, prerequisite, 1);
		kafka.send(Topics.DEPENDENCIES, identified.aggregateId().toString(), identified).get();
		kafka.send(Topics.DEPENDENCIES, identified.aggregateId().toString(), identified).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> readiness(dependent).contains("\"ready\":false"));
		assertThat(readiness(dependent)).contains("Blocked by prerequisites not yet ready: " + product + "-1");

		http.post("/api/backlog/items/" + prerequisite + "/estimate", owner, "{\"estimate\":2}");
		http.post("/api/backlog/items/" + prerequisite + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");
		http.post("/api/backlog/items/" + prerequisite + "/status", owner, "{\"status\":\"READY\"}");
		assertThat(readiness(dependent)).contains("\"ready\":true");

		List<ItemReadinessChanged> changes = readinessChangesOf(UUID.fromString(dependent), 2);
		assertThat(changes).extracting(ItemReadinessChanged::ready).containsExactly(false, true);
	}

	private DependencyIdentified dependency(String dependent, String prerequisite, long version) {
		DependencyIdentified sample = EventSamples.event(DependencyIdentified.class);
		var state = new DependencyState(UUID.randomUUID(), sample.productId(), UUID.fromString(dependent),
				UUID.fromString(prerequisite), product + "-A", product + "-B", DependencyType.BLOCKS,
				DependencyStatus.IDENTIFIED, null, null, version);
		return new DependencyIdentified(UUID.randomUUID(), sample.occurredAt(), sample.productId(), state.id(),
				version, sample.actor(), state, null);
	}

	private String add(String title) {
		var response = http.post("/api/backlog/products/" + product + "/items", owner,
				"{\"type\":\"STORY\",\"title\":\"%s\"}".formatted(title));
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private String readiness(String id) {
		return http.get("/api/backlog/items/" + id + "/readiness", owner).getBody();
	}

	private List<ItemReadinessChanged> readinessChangesOf(UUID item, int expected) {
		List<ItemReadinessChanged> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			itemEvents.poll(Duration.ofMillis(200)).forEach(record -> {
				if (record.value() instanceof ItemReadinessChanged changed && changed.aggregateId().equals(item)) {
					found.add(changed);
				}
			});
			return found.size() >= expected;
		});
		itemEvents.poll(Duration.ofSeconds(1)).forEach(record -> {
			if (record.value() instanceof ItemReadinessChanged changed && changed.aggregateId().equals(item)) {
				found.add(changed);
			}
		});
		found.sort(java.util.Comparator.comparingLong(RefineryEvent::aggregateVersion));
		return found;
	}

}
