package org.refinery.backlog.team.messaging;

import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.TeamCreated;
import org.refinery.contracts.Actor;
import org.refinery.contracts.backlog.products.TeamState;
import org.refinery.contracts.backlog.products.WorkMode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Translates team domain events into contract events, synchronously inside the transaction. */
@Component
class TeamEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TeamEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(TeamCreated created) {
		Team team = created.team();
		var state = new TeamState(team.id(), team.productId(), team.key(), team.name(),
				WorkMode.valueOf(team.workMode().name()));
		events.publishEvent(new org.refinery.contracts.backlog.products.TeamCreated(UUID.randomUUID(),
				clock.instant(), team.productId(), team.id(), team.version(),
				new Actor(created.actor().subject(), created.actor().username()), state));
	}

}
