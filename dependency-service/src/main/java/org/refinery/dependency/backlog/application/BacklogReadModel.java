package org.refinery.dependency.backlog.application;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.BacklogItemChanged;
import org.refinery.dependency.backlog.BacklogItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the read model of backlog items at the newest version each item event announced. */
@Service
public class BacklogReadModel {

	private final BacklogItems items;

	private final ApplicationEventPublisher events;

	BacklogReadModel(BacklogItems items, ApplicationEventPublisher events) {
		this.items = items;
		this.events = events;
	}

	/** Stores the item's state if it is newer than what is held; answers whether it was. */
	@Transactional
	public boolean apply(BacklogItem incoming) {
		var stored = items.byId(incoming.id());
		if (!incoming.supersedes(stored) || !items.save(incoming)) {
			return false;
		}
		events.publishEvent(new BacklogItemChanged(stored.orElse(null), incoming));
		return true;
	}

}
