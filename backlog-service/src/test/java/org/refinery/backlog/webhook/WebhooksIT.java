package org.refinery.backlog.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: the backlog's own events leave through Kafka, the webhook consumer queues
 * them, and the delivery run sends them to a real local HTTP receiver that verifies every
 * signature. Retries are quick here (1 s doubling to at most 5 s, 12 attempts: about 47 s before a
 * delivery is dead) so that a receiver down for 30 s is really retried and still reached.
 */
@ServiceTest
@TestPropertySource(properties = { "refinery.webhooks.first-retry=1s", "refinery.webhooks.longest-retry=5s",
		"refinery.webhooks.attempts=12", "refinery.webhooks.poll-interval=200ms" })
class WebhooksIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SECRET = "whsec_webhooks-it-secret";

	static final String CREATED = "refinery.backlog.ItemCreated.v1";

	static final String ESTIMATED = "refinery.backlog.ItemEstimated.v1";

	@LocalServerPort
	int port;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Receivers receivers;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ServiceClient http;

	Receiver receiver;

	String paul;

	String product;

	@BeforeEach
	void setUp() throws Exception {
		http = ServiceClient.onPort(port);
		receiver = Receiver.started(SECRET);
		paul = tokens.paul().mint();
		product = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		var created = http.post("/api/backlog/products", paul, """
				{"key":"%s","name":"Webhooks","deliveryMode":"SCALED_KANBAN","releaseLengthDays":42,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
	}

	@AfterEach
	void tearDown() {
		receiver.close();
	}

	@Test
	void aReceiverDownForThirtySecondsGetsEveryEventOnceInOrderPerItemWithAValidSignature() throws Exception {
		String webhook = subscribe(List.of(CREATED, ESTIMATED));
		receiver.stop();
		Instant down = Instant.now();
		List<String> items = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String item = item("Item " + i);
			estimate(item, 3);
			estimate(item, 5);
			items.add(item);
		}

		await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
			.until(() -> deliveries(webhook).stream().anyMatch(d -> d.path("attempts").asInt() >= 2));
		JsonNode failing = deliveries(webhook).stream().filter(d -> d.path("attempts").asInt() >= 2).findFirst().orElseThrow();
		assertThat(failing.path("status").asString()).as("retrying, not dead: waiting or being sent again")
			.isIn("PENDING", "SENDING");
		assertThat(failing.path("lastError").asString()).contains("could not be reached");
		Thread.sleep(Math.max(0, Duration.ofSeconds(30).minus(Duration.between(down, Instant.now())).toMillis()));
		assertThat(receiver.received()).isEmpty();
		receiver.start();

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
			.until(() -> deliveries(webhook).size() == 9
					&& deliveries(webhook).stream().allMatch(d -> d.path("status").asString().equals("DELIVERED")));
		Thread.sleep(2000);

		var received = receiver.received();
		assertThat(received).hasSize(9).allMatch(Receiver.Received::signatureValid);
		assertThat(received).extracting(r -> r.header("ce-id")).doesNotHaveDuplicates();
		Map<String, List<Long>> versionsPerItem = new LinkedHashMap<>();
		for (var request : received) {
			JsonNode event = JSON.readTree(request.body());
			assertThat(request.header("ce-specversion")).isEqualTo("1.0");
			assertThat(request.header("ce-source")).isEqualTo("backlog-service");
			assertThat(request.header("content-type")).isEqualTo("application/json");
			assertThat(request.header("ce-id")).isEqualTo(event.path("eventId").asString());
			assertThat(request.header("ce-subject")).isEqualTo(event.path("aggregateId").asString());
			assertThat(Instant.parse(request.header("ce-time"))).isEqualTo(Instant.parse(event.path("occurredAt").asString()));
			versionsPerItem.computeIfAbsent(request.header("ce-subject"), k -> new ArrayList<>())
				.add(event.path("aggregateVersion").asLong());
		}
		assertThat(versionsPerItem).containsOnlyKeys(items);
		versionsPerItem.values().forEach(versions -> assertThat(versions).hasSize(3).isSorted().doesNotHaveDuplicates());
		assertThat(received).filteredOn(r -> r.header("ce-type").equals(CREATED)).hasSize(3);
		assertThat(received).filteredOn(r -> r.header("ce-type").equals(ESTIMATED)).hasSize(6);
		assertThat(deliveries(webhook)).anyMatch(d -> d.path("attempts").asInt() > 2);
	}

	@Test
	void aDeliveryThatKeepsFailingIsDeadUntilReplayed() throws Exception {
		String webhook = subscribe(List.of(CREATED));
		receiver.answer(500);
		item("Never accepted");

		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
			.until(() -> deliveries(webhook).stream().anyMatch(d -> d.path("status").asString().equals("DEAD")));
		JsonNode dead = deliveries(webhook).getFirst();
		assertThat(dead.path("attempts").asInt()).isEqualTo(12);
		assertThat(dead.path("lastStatusCode").asInt()).isEqualTo(500);
		assertThat(receiver.received()).isEmpty();
		var deadOnly = JSON.readTree(ok(http.get(webhooks() + "/" + webhook + "/deliveries?status=dead", paul)).getBody());
		assertThat(deadOnly.path("total").asLong()).isEqualTo(1);

		receiver.answer(204);
		String replayUri = webhooks() + "/" + webhook + "/deliveries/" + dead.path("id").asString() + "/replay";
		var replayed = JSON.readTree(ok(http.post(replayUri, paul, null)).getBody());
		assertThat(replayed.path("status").asString()).isEqualTo("PENDING");
		assertThat(replayed.path("attempts").asInt()).isZero();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> deliveries(webhook).getFirst().path("status").asString().equals("DELIVERED"));
		assertThat(receiver.received()).hasSize(1).allMatch(Receiver.Received::signatureValid);
		assertThat(http.post(replayUri, paul, null).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void theSecretIsShownOnceAndOnlyOwnersSeeTheWebhooks() {
		var created = ok(http.post(webhooks(), paul,
				"{\"url\":\"%s\",\"eventTypes\":[\"%s\"]}".formatted(receiver.url(), CREATED)));
		assertThat(JSON.readTree(created.getBody()).path("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);

		String listed = ok(http.get(webhooks(), paul)).getBody();
		assertThat(listed).doesNotContain("whsec_").contains(receiver.url());
		assertThat(JSON.readTree(listed).path("eventTypes").toString()).contains(CREATED,
				"refinery.dependencies.DependencyIdentified.v1").doesNotContain("refinery.alignment.");
		assertThat(http.get(webhooks(), tokens.tess().mint()).getStatusCode().value()).isEqualTo(404);
		String stored = jdbc.sql("select secret from webhook_subscription where id = :id")
			.param("id", UUID.fromString(JSON.readTree(created.getBody()).path("id").asString()))
			.query(String.class)
			.single();
		assertThat(stored).as("encrypted at rest").startsWith("v1:").doesNotContain("whsec_");
	}

	/**
	 * Three more "replicas" claim beside the service's own delivery run, as replicas would on one
	 * database: each delivery is still sent once, and an aggregate's deliveries still in the order
	 * of its versions, even when they were queued in another order.
	 */
	@Test
	void replicasClaimingTogetherSendEachDeliveryOnceAndInVersionOrderPerAggregate() throws Exception {
		UUID productId = UUID.fromString(JSON.readTree(ok(http.get("/api/backlog/products/" + product, paul)).getBody())
			.path("id").asString());
		var subscription = new Subscription(UUID.randomUUID(), productId, java.net.URI.create(receiver.url()),
				java.util.Set.of(CREATED), SECRET, "paul", Instant.now());
		subscriptions.add(subscription);
		List<UUID> subjects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		// Queued out of order, as Kafka may carry them: each pair of versions the later one first,
		// all due together once settled (the service's own worker claims beside the "replicas").
		for (int step : new int[] { 2, 1, 4, 3, 6, 5 }) {
			for (UUID subject : subjects) {
				deliveries.enqueue(List.of(subscription.id()), new QueuedEvent(UUID.randomUUID(), CREATED, "it", productId,
						subject, step, Instant.now(), "{\"aggregateId\":\"%s\",\"aggregateVersion\":%d}".formatted(subject, step)),
						Duration.ofSeconds(3));
			}
		}

		var claiming = new ArrayList<java.util.concurrent.Future<Object>>();
		try (var replicas = java.util.concurrent.Executors.newFixedThreadPool(3)) {
			for (int replica = 0; replica < 3; replica++) {
				claiming.add(replicas.submit(() -> {
					long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
					while (receiver.received().size() < 24 && System.nanoTime() < until) {
						for (Shipment shipment : deliveries.claim(2, Duration.ofMinutes(1))) {
							deliveries.delivered(shipment.deliveryId(), receivers.send(shipment));
						}
					}
					return null;
				}));
			}
		}
		for (var replica : claiming) {
			replica.get(); // a replica that failed fails the test
		}
		Thread.sleep(2000);

		var received = receiver.received();
		assertThat(received).hasSize(24).allMatch(Receiver.Received::signatureValid);
		assertThat(received).extracting(r -> r.header("ce-id")).doesNotHaveDuplicates();
		Map<String, List<Long>> stepsPerSubject = new LinkedHashMap<>();
		received.forEach(r -> stepsPerSubject.computeIfAbsent(r.header("ce-subject"), k -> new ArrayList<>())
			.add(JSON.readTree(r.body()).path("aggregateVersion").asLong()));
		assertThat(stepsPerSubject.values()).hasSize(4).allSatisfy(steps -> assertThat(steps).containsExactly(1L, 2L, 3L,
				4L, 5L, 6L));
	}

	private String subscribe(List<String> types) {
		String body = JSON.writeValueAsString(Map.of("url", receiver.url(), "eventTypes", types, "secret", SECRET));
		var created = ok(http.post(webhooks(), paul, body));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return JSON.readTree(created.getBody()).path("id").asString();
	}

	private String item(String title) {
		var added = ok(http.post("/api/backlog/products/" + product + "/items", paul,
				"{\"type\":\"STORY\",\"title\":\"%s\"}".formatted(title)));
		return added.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private void estimate(String item, int points) {
		ok(http.post("/api/backlog/items/" + item + "/estimate", paul, "{\"estimate\":%d}".formatted(points)));
	}

	private List<JsonNode> deliveries(String webhook) {
		var page = JSON.readTree(ok(http.get(webhooks() + "/" + webhook + "/deliveries?size=100", paul)).getBody());
		List<JsonNode> found = new ArrayList<>();
		page.path("deliveries").forEach(found::add);
		return found;
	}

	private String webhooks() {
		return "/api/backlog/products/" + product + "/webhooks";
	}

	private static ResponseEntity<String> ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return response;
	}

}
