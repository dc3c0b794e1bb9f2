package org.refinery.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refinery.contracts.Topics;
import org.refinery.k8s.Manifests.Resource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka as the contracts need it: a KafkaTopic for every topic and dead-letter topic of
 * {@code event-contracts} and nothing else, and in production a cluster where a write is on
 * two brokers before it is acknowledged, so one broker may fail without losing or refusing one.
 */
class KafkaTest {

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void every_contract_topic_and_its_dead_letter_topic_has_a_kafka_topic_and_vice_versa(String overlay) {
		Set<String> expected = new TreeSet<>(Topics.all());
		Topics.all().forEach(topic -> expected.add(Topics.dlt(topic)));

		Set<String> declared = Manifests.ofKind(overlay, "KafkaTopic").stream()
			.map(topic -> (String) topic.at("spec.topicName"))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(declared).isEqualTo(expected);
		for (Resource topic : Manifests.ofKind(overlay, "KafkaTopic")) {
			assertThat(topic.at("spec.partitions")).as(topic.toString()).isEqualTo(Topics.PARTITIONS);
			assertThat(Tree.map(topic.body(), "metadata.labels")).containsEntry("strimzi.io/cluster", "refinery-kafka");
		}
	}

	@Test
	void production_kafka_has_three_kraft_brokers_replication_three_and_min_insync_two() {
		Resource kafka = Manifests.named("overlays/prod", "Kafka", "refinery-kafka");
		assertThat(Tree.map(kafka.body(), "metadata.annotations")).containsEntry("strimzi.io/kraft", "enabled")
			.containsEntry("strimzi.io/node-pools", "enabled");
		Map<String, Object> config = Tree.map(kafka.body(), "spec.kafka.config");
		assertThat(config).containsEntry("default.replication.factor", 3)
			.containsEntry("min.insync.replicas", 2)
			.containsEntry("offsets.topic.replication.factor", 3)
			.containsEntry("transaction.state.log.min.isr", 2)
			.containsEntry("unclean.leader.election.enable", false);
		int brokers = Manifests.ofKind("overlays/prod", "KafkaNodePool").stream()
			.filter(pool -> Tree.list(pool.body(), "spec.roles").contains("broker"))
			.mapToInt(pool -> ((Number) pool.at("spec.replicas")).intValue())
			.sum();
		assertThat(brokers).isEqualTo(3);
	}

	@Test
	void in_production_losing_one_broker_leaves_every_topic_writable_with_acks_all() {
		int brokers = Manifests.ofKind("overlays/prod", "KafkaNodePool").stream()
			.filter(pool -> Tree.list(pool.body(), "spec.roles").contains("broker"))
			.mapToInt(pool -> ((Number) pool.at("spec.replicas")).intValue())
			.sum();
		for (Resource topic : Manifests.ofKind("overlays/prod", "KafkaTopic")) {
			int replicas = ((Number) topic.at("spec.replicas")).intValue();
			int minInSync = ((Number) Tree.map(topic.body(), "spec.config").get("min.insync.replicas")).intValue();
			assertThat(replicas).as(topic + " replicas").isEqualTo(3).isLessThanOrEqualTo(brokers);
			assertThat(minInSync).as(topic + " min.insync.replicas").isEqualTo(2);
			// acks=all waits for min.insync.replicas copies: after one broker is lost, replicas - 1 remain.
			assertThat(replicas - 1).as(topic + " in-sync replicas left after one broker is lost")
				.isGreaterThanOrEqualTo(minInSync);
		}
	}

	@Test
	void every_producing_app_waits_for_all_in_sync_replicas_and_is_idempotent() {
		for (String app : AppModules.names()) {
			Map<String, Object> config = AppModules.configuration(app);
			if (!config.containsKey("spring.kafka.bootstrap-servers")) {
				continue;
			}
			Map<String, Object> effective = new java.util.HashMap<>(config);
			effective.putAll(AppModules.kubernetesConfiguration(app));
			assertThat(effective).as(app).containsEntry("spring.kafka.producer.acks", "all")
				.containsEntry("spring.kafka.producer.properties.enable.idempotence", true);
			for (String overlay : new String[] { "overlays/dev", "overlays/prod" }) {
				assertThat(Tree.list(DeploymentPolicyTest.container(overlay, app), "env"))
					.as("%s in %s: no variable overrides the producer", app, overlay)
					.noneMatch(variable -> Tree.at(variable, "name").toString().startsWith("SPRING_KAFKA_PRODUCER"));
			}
		}
	}

}
