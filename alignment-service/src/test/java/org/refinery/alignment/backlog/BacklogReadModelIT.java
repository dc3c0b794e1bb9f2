package org.refinery.alignment.backlog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.BacklogEvents;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.alignment.BacklogEvents.at;
import static org.refinery.alignment.BacklogEvents.created;
import static org.refinery.alignment.BacklogEvents.estimated;

/** backlog-service's events build the read model on real Kafka and PostgreSQL. */
@ServiceTest
class BacklogReadModelIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	BacklogEvents backlog;

	UUID productId;

	@BeforeEach
	void setUp() {
		backlog = new BacklogEvents(kafka);
		productId = UUID.randomUUID();
	}

	@Test
	void theFrozenItemCreatedSampleBecomesARow() {
		ItemCreated sample = EventSamples.event(ItemCreated.class);
		backlog.send(sample);

		await().atMost(Duration.ofSeconds(30)).until(() -> row(sample.aggregateId()) != null);
		assertThat(row(sample.aggregateId())).containsEntry("key", "PAY-42").containsEntry("product_key", "PAY");
	}

	@Test
	void aProductEventMakesTheProductKnownByKey() {
		String key = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		backlog.send(BacklogEvents.productCreated(productId, key));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from product where key = :key").param("key", key)
				.query(Long.class).single() == 1);
	}

	@Test
	void repeatedAndOlderEventsChangeNothingWhileNewerOnesReplaceTheState() {
		ItemState v1 = item("PAY-7", null, ItemStatus.DRAFT, 1);
		ItemState v2 = at(v1, 2, new BigDecimal("5"), ItemStatus.IN_REFINEMENT);
		backlog.send(created(v1));
		backlog.send(estimated(v2));
		awaitVersion(v1.id(), 2);

		backlog.send(estimated(v2));
		backlog.send(created(v1));
		ItemState probe = item("PAY-8", null, ItemStatus.DRAFT, 1);
		backlog.send(created(probe), v1.id().toString());
		awaitVersion(probe.id(), 1);

		assertThat(row(v1.id())).containsEntry("version", 2L).containsEntry("status", "IN_REFINEMENT");
		assertThat((BigDecimal) row(v1.id()).get("estimate")).isEqualByComparingTo("5");

		backlog.send(BacklogEvents.removed(at(v2, 3, v2.estimate(), ItemStatus.REMOVED), ItemStatus.IN_REFINEMENT));
		awaitVersion(v1.id(), 3);
		assertThat(row(v1.id())).containsEntry("status", "REMOVED");
	}

	@Test
	void anItemEventTheReadModelCannotStoreIsRetriedThenDeadLettered() {
		String tooLong = "P" + "X".repeat(20);
		ItemState unstorable = BacklogEvents.item(UUID.randomUUID(), productId, tooLong, tooLong + "-1", null, null, "m",
				ItemStatus.DRAFT, 1);

		backlog.send(created(unstorable));

		try (var consumer = consumers.createConsumer("dlt-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.dlt(Topics.BACKLOG_ITEMS)));
			await().atMost(Duration.ofSeconds(40)).until(() -> {
				for (var record : consumer.poll(Duration.ofMillis(250))) {
					if (unstorable.id().toString().equals(record.key())) {
						return true;
					}
				}
				return false;
			});
		}
		assertThat(row(unstorable.id())).isNull();
	}

	private ItemState item(String key, BigDecimal estimate, ItemStatus status, long version) {
		return BacklogEvents.item(UUID.randomUUID(), productId, "PAY", key, "PAY-CHECKOUT", estimate, "m", status,
				version);
	}

	private void awaitVersion(UUID id, long version) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Map<String, Object> row = row(id);
			return row != null && ((Number) row.get("version")).longValue() == version;
		});
	}

	private Map<String, Object> row(UUID id) {
		return jdbc.sql("select * from backlog_item where id = :id").param("id", id).query().listOfRows().stream()
			.findFirst()
			.orElse(null);
	}

}
