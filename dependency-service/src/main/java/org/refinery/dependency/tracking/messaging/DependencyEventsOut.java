package org.refinery.dependency.tracking.messaging;

import org.refinery.contracts.Actor;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatus;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyType;
import org.refinery.contracts.dependencies.DependencyUpdated;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Translates dependency domain events into contract events. It listens synchronously, inside
 * the publishing transaction, so the contract event enters the outbox atomically with the data.
 */
@Component
class DependencyEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DependencyEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(DependencyChanged changed) {
		Dependency after = changed.after();
		Actor actor = new Actor(changed.actor().subject(), changed.actor().username());
		if (changed.identified()) {
			events.publishEvent(new DependencyIdentified(UUID.randomUUID(), clock.instant(), after.productId(),
					after.id(), after.version(), actor, stateOf(after), after.note()));
		}
		else if (!changed.statusChanged()) {
			events.publishEvent(new DependencyUpdated(UUID.randomUUID(), clock.instant(), after.productId(), after.id(),
					after.version(), actor, stateOf(after), changed.changedFields()));
		}
		else {
			events.publishEvent(new DependencyStatusChanged(UUID.randomUUID(), clock.instant(), after.productId(),
					after.id(), after.version(), actor, stateOf(after),
					DependencyStatus.valueOf(changed.before().status().name()),
					DependencyStatus.valueOf(after.status().name()), after.statusReason()));
		}
	}

	static DependencyState stateOf(Dependency d) {
		return new DependencyState(d.id(), d.productId(), d.dependent().itemId(), d.prerequisite().itemId(),
				d.dependent().teamKey(), d.prerequisite().teamKey(), DependencyType.valueOf(d.type().name()),
				DependencyStatus.valueOf(d.status().name()), d.neededBy(), d.sessionId(), d.version());
	}

}
