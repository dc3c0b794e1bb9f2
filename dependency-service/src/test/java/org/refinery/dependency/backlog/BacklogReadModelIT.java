package org.refinery.dependency.backlog;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.dependency.TestItems;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The item read model fed from the real item topic, on real PostgreSQL and Kafka. */
@ServiceTest
class BacklogReadModelIT {

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	@Autowired
	MeterRegistry meters;

	@Test
	void anItemCreatedEventCreatesTheReadModelRow() {
		String product = TestItems.productKey();
		UUID id = UUID.randomUUID();

		TestItems.send(kafka, id, TestItems.created(
				TestItems.state(id, product, product + "-1", product + "-CHECKOUT", "m", ItemStatus.DRAFT, 1)));

		await().atMost(Duration.ofSeconds(30)).until(() -> row(id) != null);
		assertThat(row(id)).containsEntry("key", product + "-1")
			.containsEntry("team_key", product + "-CHECKOUT")
			.containsEntry("rank", "m")
			.containsEntry("status", "DRAFT")
			.containsEntry("version", 1L);
	}

	@Test
	void aDuplicateOrOlderEventChangesNothingAndANewerOneReplacesTheRow() {
		String product = TestItems.productKey();
		UUID id = UUID.randomUUID();
		UUID marker = UUID.randomUUID();
		TestItems.send(kafka, id, TestItems.created(
				TestItems.state(id, product, product + "-1", product + "-CHECKOUT", "m", ItemStatus.READY, 3)));
		TestItems.send(kafka, id, TestItems.statusChanged(
				TestItems.state(id, product, product + "-1", product + "-LEDGER", "a", ItemStatus.DRAFT, 2),
				ItemStatus.IN_REFINEMENT));
		TestItems.send(kafka, id, TestItems.created(
				TestItems.state(id, product, product + "-1", product + "-FRAUD", "z", ItemStatus.DRAFT, 3)));
		// Same record key, so the marker is consumed only after both stale events were.
		TestItems.send(kafka, id, TestItems.created(
				TestItems.state(marker, product, product + "-9", null, "z", ItemStatus.DRAFT, 1)));

		await().atMost(Duration.ofSeconds(30)).until(() -> row(marker) != null);
		assertThat(row(id)).containsEntry("team_key", product + "-CHECKOUT").containsEntry("status", "READY")
			.containsEntry("version", 3L);

		TestItems.send(kafka, id, TestItems.statusChanged(
				TestItems.state(id, product, product + "-1", product + "-CHECKOUT", "m", ItemStatus.PLANNED, 4),
				ItemStatus.READY));
		await().atMost(Duration.ofSeconds(30)).until(() -> "PLANNED".equals(row(id).get("status")));
	}

	@Test
	void anEventTheReadModelCannotStoreIsRetriedThenDeadLetteredAndCounted() {
		UUID id = UUID.randomUUID();
		String tooLong = "P" + "X".repeat(20);
		double before = deadLettered();

		TestItems.send(kafka, id, TestItems.created(
				TestItems.state(id, tooLong, tooLong + "-1", null, "m", ItemStatus.DRAFT, 1)));

		try (var consumer = consumers.createConsumer("dlt-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.dlt(Topics.BACKLOG_ITEMS)));
			await().atMost(Duration.ofSeconds(40)).until(() -> {
				for (var record : consumer.poll(Duration.ofMillis(250))) {
					if (id.toString().equals(record.key())) {
						return true;
					}
				}
				return false;
			});
		}
		assertThat(row(id)).isNull();
		assertThat(deadLettered()).isEqualTo(before + 1);
	}

	private double deadLettered() {
		var counter = meters.find("refinery.events.dead.lettered").tag("topic", Topics.BACKLOG_ITEMS).counter();
		return counter == null ? 0 : counter.count();
	}

	private Map<String, Object> row(UUID id) {
		return jdbc.sql("select key, team_key, rank, status, version from backlog_item where id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
