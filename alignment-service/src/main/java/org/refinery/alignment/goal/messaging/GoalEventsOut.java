package org.refinery.alignment.goal.messaging;

import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalChanged;
import org.refinery.contracts.Actor;
import org.refinery.contracts.alignment.GoalCreated;
import org.refinery.contracts.alignment.GoalLevel;
import org.refinery.contracts.alignment.GoalState;
import org.refinery.contracts.alignment.GoalStatus;
import org.refinery.contracts.alignment.GoalUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Translates goal domain events into contract events. It listens synchronously, inside the
 * publishing transaction, so the contract event enters the outbox atomically with the data.
 */
@Component
class GoalEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GoalEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(GoalChanged changed) {
		Goal goal = changed.goal();
		Actor actor = new Actor(changed.actor().subject(), changed.actor().username());
		if (changed.created()) {
			events.publishEvent(new GoalCreated(UUID.randomUUID(), clock.instant(), goal.productId(), goal.id(),
					goal.version(), actor, stateOf(goal)));
		}
		else {
			events.publishEvent(new GoalUpdated(UUID.randomUUID(), clock.instant(), goal.productId(), goal.id(),
					goal.version(), actor, stateOf(goal), changed.changedFields()));
		}
	}

	static GoalState stateOf(Goal goal) {
		return new GoalState(goal.id(), goal.productId(), goal.parentId(), GoalLevel.valueOf(goal.level().name()),
				goal.title(), GoalStatus.valueOf(goal.status().name()), goal.weight(), goal.targetInvestmentShare(),
				goal.timeframeStart(), goal.timeframeEnd());
	}

}
