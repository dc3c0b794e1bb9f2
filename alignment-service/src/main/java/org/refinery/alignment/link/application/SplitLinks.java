package org.refinery.alignment.link.application;

import org.refinery.alignment.backlog.ItemWasSplit;
import org.refinery.alignment.goal.Actor;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.alignment.link.Links;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.UUID;

/**
 * When an item is split, the goals it served are served by its parts: each active link of the
 * parent is carried to every child (unless the child already serves that goal) and then
 * removed from the parent, so the work is not counted twice. Runs inside the transaction that
 * applied the split to the read model; every change is published like a manual one.
 */
@Component
class SplitLinks {

	private final Links links;

	private final ApplicationEventPublisher events;

	SplitLinks(Links links, ApplicationEventPublisher events) {
		this.links = links;
		this.events = events;
	}

	@EventListener
	void on(ItemWasSplit split) {
		Actor actor = new Actor(split.actorSubject(), Objects.requireNonNullElse(split.actorName(), split.actorSubject()));
		for (Link link : links.activeOf(split.parentId())) {
			for (UUID child : split.childIds()) {
				if (links.activeBetween(child, link.goalId()).isEmpty()) {
					Link carried = link.carriedTo(UUID.randomUUID(), child);
					links.add(carried, actor.username());
					events.publishEvent(new LinkChanged(carried, actor));
				}
			}
			Link removed = link.unlinked();
			links.update(removed);
			events.publishEvent(new LinkChanged(removed, actor));
		}
	}

}
