package org.refinery.test.engines;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Sends one record through an application's own producer and reads it back through its own
 * consumer configuration, so a test proves the serializers the application is configured with,
 * not ones the test brought along.
 */
public final class KafkaRoundTrip {

	private KafkaRoundTrip() {
	}

	public static <V> ConsumerRecord<String, V> sendAndReceive(KafkaTemplate<String, V> producer,
			ConsumerFactory<String, V> consumers, String key, V value, Duration timeout) {
		String topic = "roundtrip-" + UUID.randomUUID();
		try {
			producer.send(topic, key, value).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not acknowledge the record on " + topic, ex);
		}
		try (var consumer = consumers.createConsumer("roundtrip-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(topic));
			Instant deadline = Instant.now().plus(timeout);
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(250))) {
					return record;
				}
			}
		}
		throw new AssertionError("No record arrived on " + topic + " within " + timeout);
	}

}
