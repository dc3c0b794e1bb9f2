package org.refinery.forecast.backlog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.TeamCreated;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.forecast.BacklogEvents;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.forecast.BacklogEvents.created;
import static org.refinery.forecast.BacklogEvents.inSprint;
import static org.refinery.forecast.BacklogEvents.moved;

/** backlog-service's and dependency-service's events build the read model on real Kafka and PostgreSQL. */
@ServiceTest
class BacklogReadModelIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	BacklogEvents events;

	UUID productId;

	String product;

	String team;

	@BeforeEach
	void aFreshProductWithOneScrumTeam() {
		events = new BacklogEvents(kafka);
		productId = UUID.randomUUID();
		product = "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		team = product + "-TEAM";
		events.send(BacklogEvents.productCreated(productId, product));
		events.send(BacklogEvents.teamCreated(productId, team));
		await().atMost(Duration.ofSeconds(30)).until(() -> count("known_team where key = '" + team + "'") == 1
				&& count("known_product where key = '" + product + "'") == 1);
	}

	@Test
	void theFrozenSamplesMakeTheProductTheTeamTheDoneItemItsThroughputAndTheBlocker() {
		ProductCreated product = EventSamples.event(ProductCreated.class);
		TeamCreated team = EventSamples.event(TeamCreated.class);
		ItemStatusChanged done = EventSamples.event(ItemStatusChanged.class);
		DependencyIdentified blocks = EventSamples.event(DependencyIdentified.class);
		jdbc.sql("delete from throughput_sample where team_key = 'PAY-CHECKOUT'").update();
		List.of(product, team, done, blocks).forEach(events::send);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("blocker where id = '" + blocks.aggregateId() + "' and blocking") == 1
					&& count("throughput_sample where team_key = 'PAY-CHECKOUT' and source = 'OBSERVED'") == 1);
		assertThat(samples("PAY-CHECKOUT")).singleElement()
			.satisfies(s -> assertThat(s).containsEntry("period_start", LocalDate.of(2026, 3, 16))
				.containsEntry("period_end", LocalDate.of(2026, 3, 29))
				.containsEntry("items", 1));
	}

	@Test
	void doneItemsCountOnceForTheirTeamsSprintWithEmptySprintsInBetween() {
		ItemState first = item("a");
		ItemState second = item("b");
		ItemState third = item("c");
		List.of(first, second, third).forEach(i -> events.send(created(i)));
		ItemStatusChanged firstDone = moved(first, ItemStatus.DONE, inSprint(0, 2));
		events.send(firstDone);
		events.send(moved(second, ItemStatus.DONE, inSprint(0, 9)));
		events.send(firstDone);
		events.send(moved(third, ItemStatus.DONE, inSprint(2, 0)));

		await().atMost(Duration.ofSeconds(30)).until(() -> itemsPerSprint().equals(List.of(2, 0, 1)));
	}

	@Test
	void anItemLeavingDoneNoLongerCounts() {
		ItemState first = item("a");
		ItemState second = item("b");
		events.send(created(first));
		events.send(created(second));
		ItemStatusChanged done = moved(first, ItemStatus.DONE, inSprint(1, 3));
		events.send(done);
		events.send(moved(second, ItemStatus.DONE, inSprint(1, 4)));
		await().atMost(Duration.ofSeconds(30)).until(() -> itemsPerSprint().equals(List.of(2)));

		events.send(moved(done.item(), ItemStatus.IN_PROGRESS, null));
		events.send(done);

		await().atMost(Duration.ofSeconds(30)).until(() -> itemsPerSprint().equals(List.of(1)));
	}

	@Test
	void applyingABacklogChangeLeavesNoOutboxEntryForTheForecastsRecomputation() {
		ItemState created = item("a");
		events.send(created(created));

		await().atMost(Duration.ofSeconds(30)).until(() -> count("backlog_item where id = '" + created.id() + "'") == 1);
		assertThat(jdbc.sql("select distinct listener_id from event_publication").query(String.class).list())
			.noneMatch(listener -> listener.contains("Recomputation"));
	}

	private ItemState item(String rank) {
		return BacklogEvents.item(productId, product, team, rank, 3);
	}

	private List<Integer> itemsPerSprint() {
		return samples(team).stream().map(s -> (Integer) s.get("items")).toList();
	}

	private List<Map<String, Object>> samples(String teamKey) {
		return jdbc.sql("select * from throughput_sample where team_key = :team order by period_start")
			.param("team", teamKey)
			.query()
			.listOfRows()
			.stream()
			.map(row -> {
				Map<String, Object> copy = new java.util.HashMap<>(row);
				copy.put("period_start", ((java.sql.Date) row.get("period_start")).toLocalDate());
				copy.put("period_end", ((java.sql.Date) row.get("period_end")).toLocalDate());
				return copy;
			})
			.toList();
	}

	private long count(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}

}
