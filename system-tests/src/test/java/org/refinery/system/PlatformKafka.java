package org.refinery.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.refinery.devstack.ports.Port;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The platform's broker as the fault tests use it: raw records in, whole topics out, who consumes what. */
public final class PlatformKafka {

	private PlatformKafka() {
	}

	public static String bootstrap() {
		return "localhost:" + SharedPlatform.stack().settings().ports().of(Port.KAFKA);
	}

	public static void send(String topic, byte[] key, byte[] value, List<Header> headers) {
		try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/** Every record of a topic, from the beginning up to its end when called. */
	public static List<ConsumerRecord<byte[], byte[]>> all(String topic) {
		var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
		try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
			var partitions = consumer.partitionsFor(topic)
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
			}
		}
		return records;
	}

	/** Topic → the services (consumer groups) that consume it, as the broker sees their assignments. */
	public static Map<String, Set<String>> consumers(List<String> groups) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
			Map<String, Set<String>> consumers = new HashMap<>();
			admin.describeConsumerGroups(groups).all().get(30, TimeUnit.SECONDS).forEach((group, description) -> description
				.members()
				.forEach(member -> member.assignment()
					.topicPartitions()
					.forEach(partition -> consumers.computeIfAbsent(partition.topic(), topic -> new HashSet<>()).add(group))));
			return consumers;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not describe the consumer groups " + groups, ex);
		}
	}

}
