package org.refinery.alignment.backlog.messaging;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemDates;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.backlog.ItemWasSplit;
import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.application.BacklogReadModel;
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
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ProductState;
import org.refinery.contracts.backlog.products.ProductUpdated;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
class BacklogEventsIn {

	private final BacklogReadModel readModel;

	BacklogEventsIn(BacklogReadModel readModel) {
		this.readModel = readModel;
	}

	@KafkaListener(topics = { Topics.BACKLOG_ITEMS, Topics.BACKLOG_PRODUCTS }, groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		switch (event) {
			case ProductCreated created -> readModel.apply(product(created.product(), created.aggregateVersion()));
			case ProductUpdated updated -> readModel.apply(product(updated.product(), updated.aggregateVersion()));
			case ItemSplit split -> readModel.applySplit(item(split.item(), split),
					new ItemWasSplit(split.parentId(), split.childIds(), split.actor().subject(),
							split.actor().username()));
			default -> {
				ItemState state = itemStateOf(event);
				if (state != null) {
					readModel.apply(item(state, event));
				}
			}
		}
	}

	/** Every item event carries the item's state after the change; other events carry none. */
	static ItemState itemStateOf(RefineryEvent event) {
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

	/**
	 * The item as the event leaves it. The event's time stands for the item's creation (the read
	 * model keeps the earliest it saw) and, for a removal, for when it left the backlog.
	 */
	static BacklogItem item(ItemState state, RefineryEvent event) {
		ItemStatus status = ItemStatus.valueOf(state.status().name());
		Instant closed = switch (status) {
			case DONE -> state.completedAt() == null ? event.occurredAt() : state.completedAt();
			case REMOVED -> event.occurredAt();
			default -> null;
		};
		return new BacklogItem(state.id(), state.productId(), state.productKey(), state.key(), state.title(),
				state.teamKey(), state.estimate(), status, state.rank(), event.aggregateVersion(), state.parentId(),
				new ItemDates(event.occurredAt(), closed));
	}

	static KnownProduct product(ProductState state, long version) {
		return new KnownProduct(state.id(), state.key(), state.name(), version);
	}

}
