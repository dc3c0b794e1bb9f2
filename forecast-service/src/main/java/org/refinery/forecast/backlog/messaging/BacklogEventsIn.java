package org.refinery.forecast.backlog.messaging;

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
import org.refinery.contracts.backlog.products.TeamCreated;
import org.refinery.contracts.backlog.products.TeamState;
import org.refinery.contracts.backlog.products.TeamUpdated;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatus;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyType;
import org.refinery.contracts.dependencies.DependencyUpdated;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.ItemType;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.backlog.application.BacklogReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class BacklogEventsIn {

	private static final Set<DependencyStatus> OPEN = Set.of(DependencyStatus.IDENTIFIED,
			DependencyStatus.ACKNOWLEDGED);

	private final BacklogReadModel readModel;

	BacklogEventsIn(BacklogReadModel readModel) {
		this.readModel = readModel;
	}

	@KafkaListener(topics = { Topics.BACKLOG_PRODUCTS, Topics.BACKLOG_ITEMS, Topics.DEPENDENCIES },
			groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		switch (event) {
			case ProductCreated e -> readModel.apply(product(e.product(), e.aggregateVersion()));
			case ProductUpdated e -> readModel.apply(product(e.product(), e.aggregateVersion()));
			case TeamCreated e -> readModel.apply(team(e.team(), e.aggregateVersion()));
			case TeamUpdated e -> readModel.apply(team(e.team(), e.aggregateVersion()));
			case DependencyIdentified e -> readModel.apply(blocker(e.dependency()));
			case DependencyStatusChanged e -> readModel.apply(blocker(e.dependency()));
			case DependencyUpdated e -> readModel.apply(blocker(e.dependency()));
			default -> {
				ItemState state = itemStateOf(event);
				if (state != null) {
					readModel.apply(item(state, event.aggregateVersion()));
				}
			}
		}
	}

	/** Every item event carries the item's state after the change; other events carry none. */
	private static ItemState itemStateOf(RefineryEvent event) {
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

	private static BacklogItem item(ItemState s, long version) {
		return new BacklogItem(s.id(), s.productId(), s.productKey(), s.key(), s.teamKey(), ItemStatus.valueOf(s.status().name()),
				s.estimate(), s.rank(), s.parentId(), s.completedAt(), version,
				s.type() == null ? null : ItemType.valueOf(s.type().name()));
	}

	private static KnownProduct product(ProductState s, long version) {
		return new KnownProduct(s.id(), s.key(), DeliveryMode.valueOf(s.deliveryMode().name()), s.sprintLengthDays(),
				s.releaseLengthDays(), s.firstPeriodStart(), version);
	}

	private static KnownTeam team(TeamState s, long version) {
		return new KnownTeam(s.id(), s.productId(), s.key(), WorkMode.valueOf(s.workMode().name()), version);
	}

	private static Blocker blocker(DependencyState s) {
		boolean blocking = s.type() == DependencyType.BLOCKS && OPEN.contains(s.status());
		return new Blocker(s.id(), s.productId(), s.dependentItemId(), s.prerequisiteItemId(), blocking, s.version());
	}

}
