package org.refinery.alignment.link.messaging;

import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.contracts.Actor;
import org.refinery.contracts.alignment.ItemLinkedToGoal;
import org.refinery.contracts.alignment.ItemUnlinkedFromGoal;
import org.refinery.contracts.alignment.LinkState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Translates link domain events into contract events, synchronously inside the transaction. */
@Component
class LinkEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LinkEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(LinkChanged changed) {
		Link link = changed.link();
		Actor actor = new Actor(changed.actor().subject(), changed.actor().username());
		LinkState state = new LinkState(link.id(), link.itemId(), link.goalId(), link.productId(), link.rationale(),
				link.contributionWeight(), link.active());
		events.publishEvent(link.active()
				? new ItemLinkedToGoal(UUID.randomUUID(), clock.instant(), link.productId(), link.id(), link.version(),
						actor, state)
				: new ItemUnlinkedFromGoal(UUID.randomUUID(), clock.instant(), link.productId(), link.id(),
						link.version(), actor, state));
	}

}
