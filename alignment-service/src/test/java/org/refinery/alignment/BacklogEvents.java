package org.refinery.alignment;

import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemSplit;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemType;
import org.refinery.contracts.backlog.products.DeliveryMode;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ProductState;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** backlog-service's events as alignment's ITs send them: fresh ids, chosen versions. */
public final class BacklogEvents {

	static final Actor PAUL = new Actor(UUID.nameUUIDFromBytes("paul".getBytes()).toString(), "paul");

	private final KafkaTemplate<String, RefineryEvent> kafka;

	public BacklogEvents(KafkaTemplate<String, RefineryEvent> kafka) {
		this.kafka = kafka;
	}

	/** Sends the event keyed by its aggregate, as the outbox would, and waits for the broker. */
	public void send(RefineryEvent event) {
		send(event, event.aggregateId().toString());
	}

	/** Sends the event with an explicit key (to place it in another aggregate's partition). */
	public void send(RefineryEvent event, String key) {
		String topic = event instanceof ProductCreated ? Topics.BACKLOG_PRODUCTS : Topics.BACKLOG_ITEMS;
		try {
			kafka.send(topic, key, event).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not send " + event, ex);
		}
	}

	public static ProductCreated productCreated(UUID id, String key) {
		return new ProductCreated(UUID.randomUUID(), Instant.now(), id, id, 1, PAUL, new ProductState(id, key,
				"Product " + key, null, DeliveryMode.SCALED_SCRUM, 14, null, LocalDate.of(2026, 1, 5)));
	}

	public static ItemState item(UUID id, UUID productId, String productKey, String key, String team,
			BigDecimal estimate, String rank, ItemStatus status, long version) {
		return new ItemState(id, productId, productKey, key, ItemType.STORY, "Item " + key, estimate, team, Set.of(),
				null, rank, status, false, 0, null, version);
	}

	public static ItemCreated created(ItemState item) {
		return new ItemCreated(UUID.randomUUID(), Instant.now(), item.productId(), item.id(), item.version(), PAUL, item);
	}

	public static ItemEstimated estimated(ItemState item) {
		return new ItemEstimated(UUID.randomUUID(), Instant.now(), item.productId(), item.id(), item.version(), PAUL,
				item, null, item.estimate());
	}

	public static ItemRemoved removed(ItemState item, ItemStatus previous) {
		return new ItemRemoved(UUID.randomUUID(), Instant.now(), item.productId(), item.id(), item.version(), PAUL,
				item, previous, "Not needed any more");
	}

	public static ItemSplit split(ItemState parent, List<UUID> children) {
		return new ItemSplit(UUID.randomUUID(), Instant.now(), parent.productId(), parent.id(), parent.version(), PAUL,
				parent, parent.id(), children);
	}

	/** The same item at another version with other changes applied. */
	public static ItemState at(ItemState item, long version, BigDecimal estimate, ItemStatus status) {
		return new ItemState(item.id(), item.productId(), item.productKey(), item.key(), item.type(), item.title(),
				estimate, item.teamKey(), item.contributingTeamKeys(), item.parentId(), item.rank(), status,
				item.ready(), item.acceptanceCriteriaCount(), item.completedAt(), version);
	}

}
