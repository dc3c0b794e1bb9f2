package org.refinery.backlog.item.messaging;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.Readiness;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemAssigned;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemReadinessChanged;
import org.refinery.contracts.backlog.items.ItemRefined;
import org.refinery.contracts.backlog.items.RuleResult;
import org.refinery.contracts.backlog.products.ReadinessRule;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemRestored;
import org.refinery.contracts.backlog.items.ItemSplit;
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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
		ItemState state = stateOf(after, changed.readiness().ready());
		return switch (changed.change()) {
			case CREATED -> new ItemCreated(eventId, now, after.productId(), after.id(), after.version(), actor, state);
			case ESTIMATED -> new ItemEstimated(eventId, now, after.productId(), after.id(), after.version(), actor,
					state, before.estimate(), after.estimate());
			case RERANKED -> new ItemReranked(eventId, now, after.productId(), after.id(), after.version(), actor,
					state, before.rank(), after.rank());
			case STATUS_CHANGED -> new ItemStatusChanged(eventId, now, after.productId(), after.id(), after.version(),
					actor, state, status(before), status(after));
			case REFINED -> new ItemRefined(eventId, now, after.productId(), after.id(), after.version(), actor, state,
					changedText(before, after));
			case ASSIGNED -> new ItemAssigned(eventId, now, after.productId(), after.id(), after.version(), actor,
					state, before.teamKey(), after.teamKey(), before.contributingTeamKeys(),
					after.contributingTeamKeys());
			case REMOVED -> new ItemRemoved(eventId, now, after.productId(), after.id(), after.version(), actor, state,
					status(before), after.removal().reason());
			case RESTORED -> new ItemRestored(eventId, now, after.productId(), after.id(), after.version(), actor,
					state);
			case SPLIT -> new ItemSplit(eventId, now, after.productId(), after.id(), after.version(), actor, state,
					after.id(), changed.children());
			case READINESS_CHANGED -> new ItemReadinessChanged(eventId, now, after.productId(), after.id(),
					after.version(), actor, state, changed.readiness().ready(), rules(changed.readiness()));
		};
	}

	private static ItemStatus status(Item item) {
		return ItemStatus.valueOf(item.status().name());
	}

	private static Set<String> changedText(Item before, Item after) {
		Set<String> changed = new TreeSet<>();
		if (!before.title().equals(after.title())) {
			changed.add("title");
		}
		if (!Objects.equals(before.description(), after.description())) {
			changed.add("description");
		}
		if (!before.acceptanceCriteria().equals(after.acceptanceCriteria())) {
			changed.add("acceptanceCriteria");
		}
		return changed;
	}

	private static List<RuleResult> rules(Readiness readiness) {
		return readiness.rules().stream().map(rule -> new RuleResult(ReadinessRule.valueOf(rule.rule().name()),
				rule.check(), rule.passed(), rule.reason())).toList();
	}

	static ItemState stateOf(Item item, boolean ready) {
		return new ItemState(item.id(), item.productId(), item.productKey(), item.key(),
				ItemType.valueOf(item.type().name()), item.title(), item.estimate(), item.teamKey(),
				item.contributingTeamKeys(), item.parentId(), item.rank(), ItemStatus.valueOf(item.status().name()),
				ready, item.acceptanceCriteria().size(), item.completedAt(), item.version());
	}

}
