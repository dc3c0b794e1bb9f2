package org.refinery.devstack.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the missing topics: 12 partitions each, replication factor 1 on a single node. */
final class KafkaTopics {

	static final int PARTITIONS = org.refinery.contracts.Topics.PARTITIONS;

	private KafkaTopics() {
	}

	/** Whether the broker answers a metadata request. */
	static boolean brokerAnswers(String bootstrap) {
		try (Admin admin = admin(bootstrap)) {
			return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Answers the topics that had to be created. */
	static List<String> ensure(String bootstrap, List<String> topics)
			throws ExecutionException, InterruptedException, TimeoutException {
		try (Admin admin = admin(bootstrap)) {
			Set<String> existing = new HashSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
			List<NewTopic> missing = topics.stream()
				.filter(topic -> !existing.contains(topic))
				.map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
				.toList();
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			}
			return missing.stream().map(NewTopic::name).toList();
		}
	}

	private static Admin admin(String bootstrap) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
				AdminClientConfig.CLIENT_ID_CONFIG, "refinery-devstack"));
	}

}
