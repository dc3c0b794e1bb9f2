package org.refinery.backlog.item.messaging;

import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.item.application.ReadinessReassessment;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.alignment.GoalCreated;
import org.refinery.contracts.alignment.GoalUpdated;
import org.refinery.contracts.alignment.ItemLinkedToGoal;
import org.refinery.contracts.alignment.ItemUnlinkedFromGoal;
import org.refinery.contracts.alignment.LinkState;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyUpdated;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the read models readiness depends on from the dependency and alignment services'
 * events, then reassesses the items concerned. Older and repeated events change nothing;
 * records that fail for good are dead-lettered by the Kafka adapter.
 */
@Component
class ReadinessEventsIn {

	private final ReadinessViews views;

	private final ReadinessReassessment reassessment;

	ReadinessEventsIn(ReadinessViews views, ReadinessReassessment reassessment) {
		this.views = views;
		this.reassessment = reassessment;
	}

	@KafkaListener(topics = { Topics.DEPENDENCIES, Topics.ALIGNMENT_LINKS, Topics.ALIGNMENT_GOALS },
			groupId = "${spring.application.name}")
	@Transactional
	void on(RefineryEvent event) {
		List<UUID> affected = switch (event) {
			case DependencyIdentified e -> dependency(e.dependency(), e.occurredAt());
			case DependencyStatusChanged e -> dependency(e.dependency(), e.occurredAt());
			case DependencyUpdated e -> dependency(e.dependency(), e.occurredAt());
			case ItemLinkedToGoal e -> link(e.link(), e.aggregateVersion());
			case ItemUnlinkedFromGoal e -> link(e.link(), e.aggregateVersion());
			case GoalCreated e -> goal(e.goal().id(), e.goal().status().name(), e.aggregateVersion());
			case GoalUpdated e -> goal(e.goal().id(), e.goal().status().name(), e.aggregateVersion());
			default -> List.of();
		};
		reassessment.reassess(affected);
	}

	private List<UUID> dependency(DependencyState d, Instant occurredAt) {
		boolean applied = views.upsert(new ReadinessViews.Dependency(d.id(), d.dependentItemId(),
				d.prerequisiteItemId(), d.type().name(), d.status().name(), d.version(), occurredAt));
		return applied ? List.of(d.dependentItemId()) : List.of();
	}

	private List<UUID> link(LinkState l, long version) {
		boolean applied = views.upsert(new ReadinessViews.GoalLink(l.id(), l.itemId(), l.goalId(), l.active(),
				version));
		return applied ? List.of(l.itemId()) : List.of();
	}

	private List<UUID> goal(UUID goalId, String status, long version) {
		return views.upsertGoal(goalId, status, version) ? views.itemsLinkedTo(goalId) : List.of();
	}

}
