package org.refinery.dependency.session.messaging;

import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.dependency.session.RefinementSession;
import org.refinery.dependency.session.application.SessionReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Upserts the session read model from each session event's carried state. */
@Component
class SessionEventsIn {

	private final SessionReadModel readModel;

	SessionEventsIn(SessionReadModel readModel) {
		this.readModel = readModel;
	}

	@KafkaListener(topics = Topics.BACKLOG_SESSIONS, groupId = "${spring.application.name}")
	void on(RefineryEvent event) {
		SessionState state = stateOf(event);
		if (state != null) {
			readModel.apply(sessionOf(state, event.aggregateVersion()));
		}
	}

	/**
	 * The session state a session event carries; null for any other event on the topic. Every
	 * session event carries the whole state after the change, so a correction (new title) and a
	 * cancellation (status CANCELLED) need no field-by-field handling: the newer state replaces it.
	 */
	static SessionState stateOf(RefineryEvent event) {
		return switch (event) {
			case RefinementSessionScheduled e -> e.session();
			case RefinementSessionUpdated e -> e.session();
			case RefinementOutcomeRecorded e -> e.session();
			case RefinementSessionClosed e -> e.session();
			case RefinementSessionCancelled e -> e.session();
			default -> null;
		};
	}

	/** The event's aggregate version is authoritative: it is what ordering on the topic is about. */
	static RefinementSession sessionOf(SessionState state, long version) {
		return new RefinementSession(state.id(), state.productId(), state.title(),
				RefinementSession.SessionStatus.valueOf(state.status().name()), version);
	}

}
