package org.refinery.forecast;

import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.items.ItemType;
import org.refinery.contracts.backlog.products.DeliveryMode;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ProductState;
import org.refinery.contracts.backlog.products.TeamCreated;
import org.refinery.contracts.backlog.products.TeamState;
import org.refinery.contracts.backlog.products.WorkMode;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatus;
import org.refinery.contracts.dependencies.DependencyType;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Other services' events as the forecast's ITs send them: fresh ids, chosen versions. */
public final class BacklogEvents {

	static final Actor PAUL = new Actor(UUID.nameUUIDFromBytes("paul".getBytes()).toString(), "paul");

	/** The first Sprint of every product made here; Sprints last 14 days. */
	public static final LocalDate FIRST_SPRINT = LocalDate.of(2026, 1, 5);

	private final KafkaTemplate<String, RefineryEvent> kafka;

	public BacklogEvents(KafkaTemplate<String, RefineryEvent> kafka) {
		this.kafka = kafka;
	}

	/** Sends the event to its topic keyed by its aggregate, as the outbox would, and waits for the broker. */
	public void send(RefineryEvent event) {
		String topic = switch (event) {
			case ProductCreated e -> Topics.BACKLOG_PRODUCTS;
			case TeamCreated e -> Topics.BACKLOG_PRODUCTS;
			case DependencyIdentified e -> Topics.DEPENDENCIES;
			default -> Topics.BACKLOG_ITEMS;
		};
		try {
			kafka.send(topic, event.aggregateId().toString(), event).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not send " + event, ex);
		}
	}

	public static ProductCreated productCreated(UUID id, String key) {
		return productCreated(id, key, FIRST_SPRINT);
	}

	/** A product of 14-day Sprints from that day on. */
	public static ProductCreated productCreated(UUID id, String key, LocalDate firstPeriodStart) {
		return new ProductCreated(UUID.randomUUID(), Instant.now(), id, id, 1, PAUL,
				new ProductState(id, key, "Product " + key, null, DeliveryMode.SCALED_SCRUM, 14, null, firstPeriodStart));
	}

	/**
	 * A first Sprint start that makes today (UTC) the first day of a Sprint, so that a forecast's
	 * running Sprint is all still to come whatever day the test runs.
	 */
	public static LocalDate sprintsStartingToday() {
		return LocalDate.now(java.time.ZoneOffset.UTC).minusDays(14L * 100);
	}

	public static TeamCreated teamCreated(UUID productId, String key) {
		UUID id = UUID.randomUUID();
		return new TeamCreated(UUID.randomUUID(), Instant.now(), productId, id, 1, PAUL,
				new TeamState(id, productId, key, "Team " + key, WorkMode.SCRUM));
	}

	public static ItemState item(UUID productId, String productKey, String team, String rank, int estimate) {
		return new ItemState(UUID.randomUUID(), productId, productKey, productKey + "-" + rank, ItemType.STORY,
				"Item " + rank, BigDecimal.valueOf(estimate), team, Set.of(), null, rank, ItemStatus.READY, true, 1,
				null, 1);
	}

	public static ItemCreated created(ItemState item) {
		return new ItemCreated(UUID.randomUUID(), Instant.now(), item.productId(), item.id(), item.version(), PAUL,
				item);
	}

	/** The item at the next version with the status; DONE items complete at {@code completedAt}. */
	public static ItemStatusChanged moved(ItemState item, ItemStatus to, Instant completedAt) {
		ItemState after = new ItemState(item.id(), item.productId(), item.productKey(), item.key(), item.type(),
				item.title(), item.estimate(), item.teamKey(), item.contributingTeamKeys(), item.parentId(), item.rank(),
				to, item.ready(), item.acceptanceCriteriaCount(), to == ItemStatus.DONE ? completedAt : null,
				item.version() + 1);
		return new ItemStatusChanged(UUID.randomUUID(), Instant.now(), item.productId(), item.id(), after.version(),
				PAUL, after, item.status(), to);
	}

	public static DependencyIdentified blocks(UUID productId, ItemState dependent, ItemState prerequisite) {
		UUID id = UUID.randomUUID();
		return new DependencyIdentified(UUID.randomUUID(), Instant.now(), productId, id, 1, PAUL,
				new DependencyState(id, productId, dependent.id(), prerequisite.id(), dependent.teamKey(),
						prerequisite.teamKey(), DependencyType.BLOCKS, DependencyStatus.IDENTIFIED, null, null, 1),
				null);
	}

	/** A completion moment in the Sprint with that index (0 = the first), on its {@code day}-th day. */
	public static Instant inSprint(int sprint, int day) {
		return FIRST_SPRINT.plusDays(sprint * 14L + day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
	}

}
