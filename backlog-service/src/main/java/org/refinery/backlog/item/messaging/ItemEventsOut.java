package org.refinery.backlog.item.messaging;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.Readiness;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemReranked;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.items.ItemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Translates item domain events into contract events, synchronously inside the transaction, so
 * the event enters the outbox atomically with the change.
 */
@Component
class ItemEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ItemEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ItemChanged changed) {
		events.publishEvent(contractEvent(changed));
	}

	private RefineryEvent contractEvent(ItemChanged changed) {
		Item after = changed.after();
		Item before = changed.before();
		UUID eventId = UUID.randomUUID();
		Instant now = clock.instant();
		Actor actor = new Actor(changed.actor().subject(), changed.actor().username());
		ItemState state = stateOf(after);
		return switch (changed.change()) {
			case CREATED -> new ItemCreated(eventId, now, after.productId(), after.id(), after.version(), actor, state);
			case ESTIMATED -> new ItemEstimated(eventId, now, after.productId(), after.id(), after.version(), actor,
					state, before.estimate(), after.estimate());
			case RERANKED -> new ItemReranked(eventId, now, after.productId(), after.id(), after.version(), actor,
					state, before.rank(), after.rank());
			case STATUS_CHANGED -> new ItemStatusChanged(eventId, now, after.productId(), after.id(), after.version(),
					actor, state, ItemStatus.valueOf(before.status().name()), ItemStatus.valueOf(after.status().name()));
		};
	}

	static ItemState stateOf(Item item) {
		return new ItemState(item.id(), item.productId(), item.productKey(), item.key(),
				ItemType.valueOf(item.type().name()), item.title(), item.estimate(), item.teamKey(),
				item.contributingTeamKeys(), item.parentId(), item.rank(), ItemStatus.valueOf(item.status().name()),
				Readiness.of(item).ready(), item.acceptanceCriteria().size(), item.completedAt(), item.version());
	}

}
