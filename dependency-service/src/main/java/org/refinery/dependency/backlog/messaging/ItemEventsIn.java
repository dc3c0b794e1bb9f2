package org.refinery.dependency.backlog.messaging;

import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemAssigned;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemReadinessChanged;
import org.refinery.contracts.backlog.items.ItemRefined;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemReranked;
import org.refinery.contracts.backlog.items.ItemRestored;
import org.refinery.contracts.backlog.items.ItemSplit;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.ItemStatus;
import org.refinery.dependency.backlog.application.BacklogReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Upserts the read model from each item event's carried state. */
@Component
class ItemEventsIn {

	private final BacklogReadModel readModel;

	ItemEventsIn(BacklogReadModel readModel) {
		this.readModel = readModel;
	}

	@KafkaListener(topics = Topics.BACKLOG_ITEMS, groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		ItemState state = stateOf(event);
		if (state != null) {
			readModel.apply(itemOf(state, event.aggregateVersion()));
		}
	}

	/** The item state an item event carries; null for any other event on the topic. */
	static ItemState stateOf(RefineryEvent event) {
		return switch (event) {
			case ItemCreated e -> e.item();
			case ItemRefined e -> e.item();
			case ItemEstimated e -> e.item();
			case ItemReranked e -> e.item();
			case ItemAssigned e -> e.item();
			case ItemStatusChanged e -> e.item();
			case ItemSplit e -> e.item();
			case ItemRemoved e -> e.item();
			case ItemRestored e -> e.item();
			case ItemReadinessChanged e -> e.item();
			default -> null;
		};
	}

	/** The event's aggregate version is authoritative: it is what ordering on the topic is about. */
	static BacklogItem itemOf(ItemState state, long version) {
		return new BacklogItem(state.id(), state.productId(), state.productKey(), state.key(), state.teamKey(),
				state.rank(), ItemStatus.valueOf(state.status().name()), state.estimate(), version, state.title());
	}

}
