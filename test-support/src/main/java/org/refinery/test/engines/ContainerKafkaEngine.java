package org.refinery.test.engines;

import org.testcontainers.kafka.KafkaContainer;

/** A KRaft Kafka broker in a Docker container, for machines that have Docker. */
final class ContainerKafkaEngine implements KafkaEngine {

	private final KafkaContainer container;

	private ContainerKafkaEngine(KafkaContainer container) {
		this.container = container;
	}

	static ContainerKafkaEngine start() {
		var container = new KafkaContainer("apache/kafka-native:4.1.1")
			.withEnv("KAFKA_NUM_PARTITIONS", "12");
		container.start();
		return new ContainerKafkaEngine(container);
	}

	@Override
	public String bootstrapServers() {
		return container.getBootstrapServers();
	}

	@Override
	public void close() {
		container.stop();
	}

}
