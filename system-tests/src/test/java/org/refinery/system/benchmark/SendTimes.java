package org.refinery.system.benchmark;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.refinery.system.PlatformKafka;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * When each item's first event was sent: the record's timestamp, which the producer sets at
 * {@code send()} (CreateTime, so whole milliseconds). Reads every partition of the topic from where
 * it ended when the watch began, without joining a group, so it is ready before the first write.
 */
final class SendTimes implements Watch.Source {

	private final KafkaConsumer<String, byte[]> consumer;

	SendTimes(String topic) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformKafka.bootstrap(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
		var partitions = consumer.partitionsFor(topic).stream()
			.map(partition -> new TopicPartition(topic, partition.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position); // seekToEnd is lazy: fix the end now, before the first write
	}

	@Override
	public void collect(Map<UUID, Long> moments) {
		for (var record : consumer.poll(Duration.ofMillis(100))) {
			moments.putIfAbsent(UUID.fromString(record.key()), record.timestamp() * 1_000);
		}
	}

	@Override
	public void close() {
		consumer.close();
	}

}
