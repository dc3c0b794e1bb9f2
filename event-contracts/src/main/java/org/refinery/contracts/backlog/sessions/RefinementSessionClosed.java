package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A session ended. Emitted because "days since the last refinement session" and "teams
 * represented" are measured from closed sessions.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the session id
 * @param aggregateVersion the session's version after the change
 * @param actor who made the change
 * @param session the session after the change
 */
public record RefinementSessionClosed(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, SessionState session) implements RefineryEvent {

	public RefinementSessionClosed {
		Fields.envelope("RefinementSessionClosed", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(session, "RefinementSessionClosed", "session");
		Fields.sameAggregate("RefinementSessionClosed", aggregateId, session.id());
	}

}
