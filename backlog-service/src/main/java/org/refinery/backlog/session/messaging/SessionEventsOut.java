package org.refinery.backlog.session.messaging;

import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.sessions.OutcomeKind;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Translates session changes into contract events, synchronously inside the transaction. */
@Component
class SessionEventsOut {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionEventsOut(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(SessionChanged changed) {
		events.publishEvent(contractEvent(changed));
	}

	private RefineryEvent contractEvent(SessionChanged changed) {
		Session s = changed.session();
		var actor = new Actor(changed.actor().subject(), changed.actor().username());
		var state = new SessionState(s.id(), s.productId(), s.title(), s.startsAt(), s.representatives().keySet(),
				SessionStatus.valueOf(s.status().name()), s.outcomes().size());
		UUID eventId = UUID.randomUUID();
		Instant now = clock.instant();
		if (changed.outcome() != null) {
			var outcome = changed.outcome();
			return new RefinementOutcomeRecorded(eventId, now, s.productId(), s.id(), s.version(), actor, state,
					outcome.id(), outcome.itemId(), OutcomeKind.valueOf(outcome.kind().name()), outcome.note());
		}
		if (!changed.changedFields().isEmpty()) {
			return new RefinementSessionUpdated(eventId, now, s.productId(), s.id(), s.version(), actor, state,
					changed.changedFields());
		}
		return switch (s.status()) {
			case CLOSED -> new RefinementSessionClosed(eventId, now, s.productId(), s.id(), s.version(), actor, state);
			case CANCELLED -> new RefinementSessionCancelled(eventId, now, s.productId(), s.id(), s.version(), actor,
					state, s.ending() == null ? null : s.ending().cancelReason());
			case SCHEDULED, OPEN -> new RefinementSessionScheduled(eventId, now, s.productId(), s.id(), s.version(),
					actor, state);
		};
	}

}
