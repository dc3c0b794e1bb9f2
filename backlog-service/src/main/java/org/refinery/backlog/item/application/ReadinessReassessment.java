package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.product.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.UUID;

/**
 * Reassesses items when something they depend on changed elsewhere: a dependency, a goal link,
 * a goal, a prerequisite's status. An item whose readiness flips gets a new version and one
 * {@code ItemReadinessChanged}; one whose readiness holds is left alone.
 */
@Service
public class ReadinessReassessment {

	/** Changes made on behalf of other services' events are attributed to the backlog service. */
	static final Actor SYSTEM = new Actor("service-account-backlog-service", "backlog-service");

	private final Items items;

	private final ItemAccess access;

	private final ReadinessViews views;

	private final ApplicationEventPublisher events;

	ReadinessReassessment(Items items, ItemAccess access, ReadinessViews views, ApplicationEventPublisher events) {
		this.items = items;
		this.access = access;
		this.views = views;
		this.events = events;
	}

	@Transactional
	public void reassess(Collection<UUID> itemIds) {
		itemIds.forEach(this::reassess);
	}

	private void reassess(UUID itemId) {
		items.byId(itemId).ifPresent(item -> {
			Readiness readiness = access.readinessOf(item);
			if (readiness.ready() != views.announcedReady(itemId)) {
				Item after = item.reassessed();
				items.update(item, after, SYSTEM);
				items.recordHistory(after, SYSTEM, "ready", Boolean.toString(!readiness.ready()),
						Boolean.toString(readiness.ready()));
				views.announceReady(itemId, readiness.ready());
				events.publishEvent(new ItemChanged(Change.READINESS_CHANGED, item, after, readiness, SYSTEM));
			}
		});
	}

}
