package org.refinery.test.engines;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/** An in-process single-node KRaft broker from spring-kafka-test. */
final class EmbeddedKafkaEngine implements KafkaEngine {

	private final EmbeddedKafkaKraftBroker broker;

	private EmbeddedKafkaEngine(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
	}

	static EmbeddedKafkaEngine start() {
		var broker = new EmbeddedKafkaKraftBroker(1, 12);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "12",
					"group.initial.rebalance.delay.ms", "0", "offsets.topic.num.partitions", "3",
					"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
		broker.afterPropertiesSet();
		return new EmbeddedKafkaEngine(broker);
	}

	@Override
	public String bootstrapServers() {
		return broker.getBrokersAsString();
	}

	@Override
	public void close() {
		broker.destroy();
	}

}
