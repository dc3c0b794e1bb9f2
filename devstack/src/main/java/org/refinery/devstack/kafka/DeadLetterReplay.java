package org.refinery.devstack.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.refinery.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-drives dead letters after a fix: every record of {@code <topic>-dlt} not replayed before is
 * sent again, with its key, value and contract headers, to the topic it was dead-lettered from.
 * The consumer group {@value #GROUP} remembers how far each dead-letter topic was replayed, so a
 * record is re-driven once; one that fails again is dead-lettered again and waits for the next fix.
 */
public final class DeadLetterReplay {

	static final String GROUP = "refinery-dead-letter-replay";

	private static final String SPRING_DLT_HEADERS = "kafka_dlt-";

	private static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

	private final String bootstrap;

	public DeadLetterReplay(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/** Replays the given dead-letter topics (all of them when empty); answers how many records each re-drove. */
	public Map<String, Integer> replay(List<String> deadLetterTopics) {
		List<String> topics = deadLetterTopics.isEmpty() ? Topics.all().stream().map(Topics::dlt).toList() : deadLetterTopics;
		topics.forEach(DeadLetterReplay::requireDeadLetterTopic);
		Map<String, Integer> replayed = new HashMap<>();
		try (var consumer = new KafkaConsumer<byte[], byte[]>(consumerConfig());
				var producer = new KafkaProducer<byte[], byte[]>(producerConfig())) {
			for (String topic : topics) {
				replayed.put(topic, replay(topic, consumer, producer));
			}
		}
		return replayed;
	}

	private int replay(String deadLetterTopic, KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer) {
		List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic)
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
		Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
		for (TopicPartition partition : partitions) {
			OffsetAndMetadata done = committed.get(partition);
			if (done == null) {
				consumer.seekToBeginning(List.of(partition));
			}
			else {
				consumer.seek(partition, done.offset());
			}
		}
		int count = 0;
		while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
			for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
				if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
					producer.send(redrive(record, deadLetterTopic));
					count++;
				}
			}
		}
		producer.flush();
		Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
		partitions.forEach(partition -> positions.put(partition, new OffsetAndMetadata(ends.get(partition))));
		consumer.commitSync(positions);
		return count;
	}

	private static ProducerRecord<byte[], byte[]> redrive(ConsumerRecord<byte[], byte[]> record, String deadLetterTopic) {
		Header original = record.headers().lastHeader(ORIGINAL_TOPIC);
		String topic = original != null ? new String(original.value(), StandardCharsets.UTF_8) : deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DLT_SUFFIX.length());
		List<Header> headers = new ArrayList<>();
		record.headers().forEach(header -> {
			if (!header.key().startsWith(SPRING_DLT_HEADERS)) {
				headers.add(header);
			}
		});
		return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
	}

	private static void requireDeadLetterTopic(String topic) {
		if (!Topics.all().stream().map(Topics::dlt).toList().contains(topic)) {
			throw new IllegalArgumentException("Not a dead-letter topic of the event contracts: " + topic);
		}
	}

	private Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, GROUP,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
	}

	private Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				ByteArraySerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
	}

}
