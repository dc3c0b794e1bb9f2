package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A cross-team refinement session was planned. Emitted so that cadence metrics can see that
 * refinement is happening and which teams are expected.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the session id
 * @param aggregateVersion the session's version after the change
 * @param actor who made the change
 * @param session the session after the change
 */
public record RefinementSessionScheduled(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, SessionState session) implements RefineryEvent {

	public RefinementSessionScheduled {
		Fields.envelope("RefinementSessionScheduled", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(session, "RefinementSessionScheduled", "session");
		Fields.sameAggregate("RefinementSessionScheduled", aggregateId, session.id());
	}

}
