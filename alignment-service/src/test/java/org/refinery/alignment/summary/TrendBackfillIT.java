package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.BacklogEvents;
import org.refinery.alignment.summary.application.DailySnapshots;
import org.refinery.alignment.summary.application.TrendBackfiller;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.items.ItemType;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/**
 * A product seen for the first time through backlog-service's events on the real topic: its trend
 * is back-filled by the background job from the items' creation and closing dates and the links'
 * dates, so the first view already shows one, and a measured point replaces a back-filled one.
 */
@ServiceTest
class TrendBackfillIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final Actor PAUL = new Actor("paul-id", "paul");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	TrendBackfiller backfiller;

	@Autowired
	DailySnapshots snapshots;

	@Test
	void aNewProductsTrendIsBackfilledFromItsHistoryOffTheRequestPath() {
		String key = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		UUID product = UUID.randomUUID();
		Instant now = Instant.now();
		var events = new BacklogEvents(kafka);
		events.send(BacklogEvents.productCreated(product, key));
		ItemState old = state(product, key, "1", "5", ItemStatus.READY, null, 1);
		ItemState done = state(product, key, "2", "3", ItemStatus.READY, null, 1);
		events.send(created(old, now.minus(30, ChronoUnit.DAYS)));
		events.send(created(done, now.minus(20, ChronoUnit.DAYS)));
		Instant completed = now.minus(10, ChronoUnit.DAYS);
		events.send(new ItemStatusChanged(UUID.randomUUID(), completed, product, done.id(), 2, PAUL,
				state(product, key, "2", "3", ItemStatus.DONE, completed, 2), ItemStatus.READY, ItemStatus.DONE));
		await().atMost(Duration.ofSeconds(30)).until(() -> closedAt(done.id()) != null
				&& jdbc.sql("select count(*) from trend_backfill where product_key = :key and pending").param("key", key)
					.query(Long.class).single() == 1);
		linkSince(product, key, old.id(), now.minus(15, ChronoUnit.DAYS));

		backfiller.run();

		List<?> trend = trendOf(key, 40);
		assertThat(trend).hasSize(40);
		assertThat(point(trend, 35)).containsEntry("items", 0).containsEntry("backfilled", true);
		assertThat(point(trend, 25)).containsEntry("items", 1).containsEntry("alignedItems", 0);
		assertThat(point(trend, 18)).containsEntry("items", 2).containsEntry("alignedItems", 0);
		assertThat(point(trend, 12)).containsEntry("items", 2).containsEntry("alignedItems", 1);
		assertThat(point(trend, 5)).containsEntry("items", 1).containsEntry("alignedItems", 1)
			.containsEntry("effort", 5);
		assertThat(jdbc.sql("select pending from trend_backfill where product_key = :key").param("key", key)
			.query(Boolean.class).single()).isFalse();
		List<?> kept = trendOf(key, 400);
		assertThat(kept).as("the whole kept window, a point a day").hasSize(400);
		assertThat(point(kept, 399)).containsEntry("items", 0).containsEntry("backfilled", true);

		snapshots.takeToday();

		assertThat(point(trendOf(key, 40), 0)).containsEntry("backfilled", false).containsEntry("items", 1);
		backfiller.backfill(key);
		assertThat(point(trendOf(key, 40), 0)).containsEntry("backfilled", false);
		assertThat(body(new AlignmentClient(port).get("/api/alignment/portfolio?days=40", tokens.pia().mint()), 200)
			.get("trend")).asList().hasSize(40);
		assertProblem(new AlignmentClient(port).get("/api/alignment/products/" + key + "/trend", tokens.nora().mint()),
				404, "No product " + key);
	}

	private List<?> trendOf(String key, int days) {
		return (List<?>) body(new AlignmentClient(port).get("/api/alignment/products/" + key + "/trend?days=" + days,
				tokens.pia().mint()), 200).get("trend");
	}

	/** The point of {@code daysAgo} days before today, from a trend that ends today. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> point(List<?> trend, int daysAgo) {
		Map<String, Object> point = (Map<String, Object>) trend.get(trend.size() - 1 - daysAgo);
		assertThat(point.get("day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString());
		return point;
	}

	private Instant closedAt(UUID item) {
		return jdbc.sql("select closed_at from backlog_item where id = :id").param("id", item)
			.query((row, n) -> row.getObject(1, java.time.OffsetDateTime.class)).optional()
			.map(java.time.OffsetDateTime::toInstant).orElse(null);
	}

	private void linkSince(UUID product, String key, UUID item, Instant since) {
		UUID goal = UUID.randomUUID();
		jdbc.sql("insert into goal (id, level, title, status) values (:id, 'OBJECTIVE', 'Grow', 'ACTIVE')")
			.param("id", goal).update();
		jdbc.sql("insert into goal_link (id, item_id, goal_id, product_id, product_key, rationale, contribution_weight, "
				+ "active, version, linked_by, linked_at) values (gen_random_uuid(), :item, :goal, :product, :key, "
				+ "'because', 1, true, 1, 'paul', :since)")
			.param("item", item).param("goal", goal).param("product", product).param("key", key)
			.param("since", since.atOffset(ZoneOffset.UTC)).update();
	}

	static ItemCreated created(ItemState item, Instant at) {
		return new ItemCreated(UUID.randomUUID(), at, item.productId(), item.id(), item.version(), PAUL, item);
	}

	static ItemState state(UUID product, String key, String number, String estimate, ItemStatus status,
			Instant completedAt, long version) {
		UUID id = UUID.nameUUIDFromBytes((key + number).getBytes());
		return new ItemState(id, product, key, key + "-" + number, ItemType.STORY, "Item " + number,
				new BigDecimal(estimate), key + "-A", Set.of(), null, number, status, false, 0, completedAt, version);
	}

}
