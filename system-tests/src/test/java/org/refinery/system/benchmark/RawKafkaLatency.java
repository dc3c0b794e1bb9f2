package org.refinery.system.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.refinery.system.PlatformKafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The floor for event propagation: a bare producer and consumer on the platform's broker, with the
 * producer settings the services use (acks=all, idempotence, linger.ms=0), at the same fixed rate.
 */
final class RawKafkaLatency {

	private RawKafkaLatency() {
	}

	static Latencies measure(int rate, Duration duration) throws Exception {
		String topic = "refinery.benchmark.raw-" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformKafka.bootstrap()))) {
			admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		var latencies = new Latencies();
		var running = new AtomicBoolean(true);
		Thread consumer = Thread.ofPlatform().start(() -> consume(topic, latencies, running));
		try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				PlatformKafka.bootstrap(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				// Spelled out: it must be what the services' application.yml says, not the client's default (5).
				ProducerConfig.LINGER_MS_CONFIG, 0,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			Thread.sleep(2_000);
			FixedRate.run(rate, duration, due -> producer.send(new ProducerRecord<>(topic,
					UUID.randomUUID().toString().getBytes(), ByteBuffer.allocate(8).putLong(System.nanoTime()).array())));
			producer.flush();
		}
		Thread.sleep(3_000);
		running.set(false);
		consumer.join();
		return latencies;
	}

	private static void consume(String topic, Latencies latencies, AtomicBoolean running) {
		try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				PlatformKafka.bootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
			consumer.subscribe(List.of(topic));
			while (running.get()) {
				for (var record : consumer.poll(Duration.ofMillis(100))) {
					latencies.add((System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()) / 1_000);
				}
			}
		}
	}

}
