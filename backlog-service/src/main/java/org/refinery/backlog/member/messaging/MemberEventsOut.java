package org.refinery.backlog.member.messaging;

import org.refinery.backlog.member.MembersChanged;
import org.refinery.contracts.Actor;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Translates a membership change into its contract event. It listens synchronously, inside the
 * publishing transaction, so the event enters the outbox atomically with the change.
 */
@Component
class MemberEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(MembersChanged changed) {
		var members = changed.members().stream()
			.map(member -> new ProductMember(member.username(), MemberRole.valueOf(member.role().name()),
					member.teamKey()))
			.toList();
		var product = changed.product();
		events.publishEvent(new ProductMembersChanged(UUID.randomUUID(), clock.instant(), product.id(), product.id(),
				changed.version(), new Actor(changed.actor().subject(), changed.actor().username()), product.key(),
				members));
	}

}
