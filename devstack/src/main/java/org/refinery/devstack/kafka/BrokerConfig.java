package org.refinery.devstack.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The broker's server.properties and log4j2 configuration, written fresh on every start. */
record BrokerConfig(Path directory, int port, int controllerPort) {

	Path serverProperties() {
		return directory.resolve("server.properties");
	}

	Path loggingProperties() {
		return directory.resolve("log4j2.properties");
	}

	Path logDirectory() {
		return directory.resolve("data");
	}

	void write() throws IOException {
		Files.createDirectories(logDirectory());
		Files.write(serverProperties(), List.of(
				"# Written by the devstack on every start; edits are overwritten.",
				"process.roles=broker,controller",
				"node.id=1",
				"controller.quorum.voters=1@localhost:" + controllerPort,
				"listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
				"advertised.listeners=PLAINTEXT://localhost:" + port,
				"controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
				"log.dirs=" + logDirectory().toAbsolutePath(),
				"num.partitions=" + KafkaTopics.PARTITIONS,
				"default.replication.factor=1",
				"min.insync.replicas=1",
				"offsets.topic.replication.factor=1",
				"offsets.topic.num.partitions=12",
				"transaction.state.log.replication.factor=1",
				"transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1",
				"share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0",
				"auto.create.topics.enable=false",
				"log.retention.hours=168",
				"log.segment.bytes=67108864"));
		Files.write(loggingProperties(), List.of(
				"rootLogger.level=INFO",
				"rootLogger.appenderRef.stdout.ref=STDOUT",
				"appender.stdout.type=Console",
				"appender.stdout.name=STDOUT",
				"appender.stdout.layout.type=PatternLayout",
				"appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
				"logger.state.name=state.change.logger",
				"logger.state.level=WARN",
				"logger.config.name=org.apache.kafka.common.config.AbstractConfig",
				"logger.config.level=WARN"));
	}

}
