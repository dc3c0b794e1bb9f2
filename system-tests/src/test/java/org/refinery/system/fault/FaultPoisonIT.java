package org.refinery.system.fault;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.refinery.contracts.CloudEventHeaders;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.refinery.devstack.kafka.DeadLetterReplay;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import org.refinery.system.PlatformDatabases;
import org.refinery.system.PlatformKafka;
import org.refinery.system.PlatformMetrics;
import org.refinery.system.SharedPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;

/**
 * Poison on every consumed topic: bytes that do not parse and JSON that parses but breaks the
 * contract. Each consumer dead-letters them after its retries, counts them, and keeps consuming the
 * same partition; the replay command re-drives dead letters once the cause is fixed.
 */
@Order(Order.DEFAULT + 300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class FaultPoisonIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(90);

	private static final List<RefineryService> DOWNSTREAM = List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT,
			RefineryService.FORECAST);

	private final PlatformClient owner = SharedPlatform.as("paul");

	private String productId;

	private JsonNode item;

	@BeforeAll
	void aProductWithOneItem() {
		productId = created(Answers.forwarded(() -> owner.post("/api/backlog/products", """
				{"key":"PSN","name":"Poison","vision":"Bad records never stop good ones","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"%s"}""".formatted(LocalDate.now())))).path("id").asString();
		created(owner.post("/api/backlog/products/PSN/teams", """
				{"key":"PSN-CORE","name":"Core","workMode":"SCRUM"}"""));
		item = created(owner.post("/api/backlog/products/PSN/items", """
				{"type":"STORY","title":"Survive poison","description":"d","acceptanceCriteria":["a"],"teamKey":"PSN-CORE",
				 "contributingTeamKeys":[]}"""));
	}

	@Test
	@Order(1)
	void poison_on_every_consumed_topic_is_dead_lettered_counted_and_the_partition_keeps_flowing() {
		List<String> services = Arrays.stream(RefineryService.values()).map(RefineryService::module).toList();
		Map<String, Set<String>> consumers = PlatformKafka.consumers(services);
		assertThat(consumers).containsKeys(Topics.BACKLOG_ITEMS, Topics.DEPENDENCIES);
		byte[] key = item.path("id").asString().getBytes(StandardCharsets.UTF_8);

		consumers.keySet().forEach(topic -> {
			List<Header> headers = List.of(header(CloudEventHeaders.TYPE, EventType.onTopic(topic).getFirst().ceType()));
			PlatformKafka.send(topic, key, "{not json at all".getBytes(StandardCharsets.UTF_8), headers);
			PlatformKafka.send(topic, key, "{\"eventId\":\"%s\",\"aggregateId\":null}".formatted(UUID.randomUUID())
				.getBytes(StandardCharsets.UTF_8), headers);
		});
		long estimated = reestimate();

		consumers.forEach((topic, groups) -> await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(PlatformKafka.all(Topics.dlt(topic))
				.stream()
				.filter(record -> Arrays.equals(record.key(), key)))
				.as("dead letters of %s from %s", topic, groups)
				.hasSizeGreaterThanOrEqualTo(2 * groups.size())));
		consumers.forEach((topic, groups) -> groups.forEach(group -> assertThat(deadLettered(group, topic))
			.as("%s counts the dead letters of %s", group, topic)
			.isGreaterThanOrEqualTo(2)));
		DOWNSTREAM.forEach(service -> await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(PlatformDatabases.readModel(service, "PSN"))
				.as("the item's partition keeps flowing in " + service.module())
				.containsEntry(UUID.fromString(item.path("id").asString()), estimated)));
	}

	@Test
	@Order(2)
	void the_replay_command_re_drives_dead_letters_after_a_fix() throws Exception {
		UUID lost = UUID.randomUUID();
		var created = PlatformKafka.all(Topics.BACKLOG_ITEMS)
			.stream()
			.filter(record -> "refinery.backlog.ItemCreated.v1".equals(headerOf(record.headers().lastHeader(CloudEventHeaders.TYPE))))
			.reduce((first, second) -> second)
			.orElseThrow();
		var headers = new java.util.ArrayList<Header>();
		created.headers().forEach(header -> headers.add(header.key().equals("ce_id")
				? header("ce_id", UUID.randomUUID().toString()) : header));
		headers.add(header("kafka_dlt-original-topic", Topics.BACKLOG_ITEMS));
		PlatformKafka.send(Topics.dlt(Topics.BACKLOG_ITEMS), lost.toString().getBytes(StandardCharsets.UTF_8),
				itemCreated(lost), headers);

		Map<String, Integer> replayed = new DeadLetterReplay(PlatformKafka.bootstrap()).replay(List.of(Topics.dlt(Topics.BACKLOG_ITEMS)));

		assertThat(replayed.get(Topics.dlt(Topics.BACKLOG_ITEMS))).isPositive();
		DOWNSTREAM.forEach(service -> await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(PlatformDatabases.readModel(service, "PSN")).as(service.module())
				.containsEntry(lost, 1L)));
	}

	/** An item created in the backlog whose event was dead-lettered by a consumer bug, since fixed. */
	private byte[] itemCreated(UUID id) throws Exception {
		Path sample = Path.of(System.getProperty("refinery.repository.root", ".."))
			.resolve("event-contracts/src/test/resources/samples/refinery.backlog.ItemCreated.v1.json");
		ObjectNode event = (ObjectNode) JsonMapper.shared().readTree(Files.readString(sample));
		event.put("eventId", UUID.randomUUID().toString())
			.put("occurredAt", Instant.now().toString())
			.put("productId", productId)
			.put("aggregateId", id.toString());
		((ObjectNode) event.path("item")).put("id", id.toString())
			.put("productId", productId)
			.put("productKey", "PSN")
			.put("key", "PSN-" + (900 + (int) (Math.random() * 99)))
			.put("rank", "zz")
			.putNull("parentId");
		return JsonMapper.shared().writeValueAsBytes(event);
	}

	private long reestimate() {
		String id = item.path("id").asString();
		long version = ok(owner.get("/api/backlog/items/" + id)).path("version").asLong();
		return ok(owner.send(owner.request("/api/backlog/items/" + id + "/estimate")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + version + "\"")
			.POST(HttpRequest.BodyPublishers.ofString("{\"estimate\":8}")))).path("version").asLong();
	}

	private static double deadLettered(String service, String topic) {
		return PlatformMetrics.value(service, "refinery_events_dead_lettered_total", "topic=\"" + topic + "\"");
	}

	private static Header header(String key, String value) {
		return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
	}

	private static String headerOf(Header header) {
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
