package org.refinery.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.refinery.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a record that failed for good to {@code <topic>-dlt}, on the same partition, and
 * counts it. Records that never deserialized go out as the original bytes, so a replay after a
 * fix sees exactly what arrived; records that failed in the listener go out as the event.
 * <p>
 * The counter of every contract topic exists at 0 from the start: an alert on dead letters
 * needs the series on a healthy platform, or {@code increase()} has nothing to compare the
 * first dead letter with. The reason is logged, not tagged, so the series stay one per topic.
 */
final class DeadLetters implements ConsumerRecordRecoverer {

	static final String METRIC = "refinery.events.dead.lettered";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final DeadLetterPublishingRecoverer publisher;

	private final MeterRegistry meters;

	DeadLetters(KafkaOperations<?, ?> events, KafkaOperations<?, ?> bytes, MeterRegistry meters) {
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytes);
		templates.put(Object.class, events);
		this.publisher = new DeadLetterPublishingRecoverer(templates,
				(record, failure) -> new TopicPartition(Topics.dlt(record.topic()), record.partition()));
		this.meters = meters;
		Topics.all().forEach(this::counter);
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, Exception failure) {
		publisher.accept(record, failure);
		counter(record.topic()).increment();
		Throwable cause = rootCause(failure);
		log.warn("Dead-lettered {}-{}@{} to {}: {}: {}", record.topic(), record.partition(), record.offset(),
				Topics.dlt(record.topic()), cause.getClass().getSimpleName(), cause.getMessage());
	}

	private Counter counter(String topic) {
		return Counter.builder(METRIC)
			.description("Contract events sent to a dead-letter topic after failing for good")
			.tag("topic", topic)
			.register(meters);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
