package org.refinery.kafka.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.kafka.it.ListenerApp.Listener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = ListenerApp.class, properties = {
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"refinery.kafka.consumer.retries.attempts=2", "refinery.kafka.consumer.retries.initial-back-off=20ms" })
@EmbeddedKafka(partitions = 1, topics = { ListenerApp.TOPIC, ListenerApp.TOPIC + "-dlt" })
class DeadLetteringIT {

	@Autowired
	KafkaTemplate<String, RefineryEvent> events;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	@Autowired
	Listener listener;

	@Autowired
	MeterRegistry meters;

	@Test
	void unparseableBytesAreDeadLetteredAsTheyArrivedAndThePartitionKeepsFlowing() throws Exception {
		ItemEstimated sample = EventSamples.event(ItemEstimated.class);
		byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
		var poison = new ProducerRecord<String, Object>(ListenerApp.TOPIC, "poison", garbage);
		poison.headers().add(new RecordHeader("ce_type", "refinery.backlog.ItemEstimated.v1".getBytes()));
		rawTemplate().send(poison).get();
		events.send(ListenerApp.TOPIC, sample.aggregateId().toString(), sample).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.handled.contains(sample));
		var dead = deadLetters(1);
		assertThat(dead.getFirst().key()).isEqualTo("poison");
		assertThat(dead.getFirst().value()).isEqualTo(garbage);
	}

	@Test
	void anEventThatFailsForGoodIsRetriedThenDeadLetteredAndCounted() throws Exception {
		ItemEstimated sample = EventSamples.event(ItemEstimated.class);
		var poisoned = new ItemEstimated(UUID.randomUUID(), sample.occurredAt(), sample.productId(),
				sample.aggregateId(), ListenerApp.POISONED_VERSION, sample.actor(), sample.item(),
				sample.previousEstimate(), sample.estimate());
		double before = deadLetterCount();

		events.send(ListenerApp.TOPIC, poisoned.aggregateId().toString(), poisoned).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterCount() > before);
		assertThat(listener.handled).doesNotContain(poisoned);
	}

	private double deadLetterCount() {
		var counter = meters.find("refinery.events.dead.lettered").tag("topic", ListenerApp.TOPIC).counter();
		return counter == null ? 0 : counter.count();
	}

	@SuppressWarnings("unchecked")
	private KafkaTemplate<String, Object> rawTemplate() {
		var props = new java.util.HashMap<>(events.getProducerFactory().getConfigurationProperties());
		props.put("value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class);
		return new KafkaTemplate<>(new org.springframework.kafka.core.DefaultKafkaProducerFactory<>(props));
	}

	private List<ConsumerRecord<String, byte[]>> deadLetters(int expected) {
		var props = new java.util.HashMap<>(consumers.getConfigurationProperties());
		props.put("value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
		props.put("group.id", "dlt-reader-" + UUID.randomUUID());
		props.put("auto.offset.reset", "earliest");
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(props)) {
			consumer.subscribe(List.of(Topics.dlt(ListenerApp.TOPIC)));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(record -> {
					if ("poison".equals(record.key())) {
						found.add(record);
					}
				});
				return found.size() >= expected;
			});
		}
		return found;
	}

}
