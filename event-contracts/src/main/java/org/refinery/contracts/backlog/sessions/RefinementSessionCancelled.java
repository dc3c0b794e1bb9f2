package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A session was called off before it was closed; its state carries status {@code CANCELLED}.
 * Emitted so that cadence metrics stop counting it and read models stop offering it.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the session id
 * @param aggregateVersion the session's version after the change
 * @param actor who made the change
 * @param session the session after the change
 * @param reason why it was called off; optional
 */
public record RefinementSessionCancelled(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, SessionState session, String reason) implements RefineryEvent {

	public RefinementSessionCancelled {
		Fields.envelope("RefinementSessionCancelled", eventId, occurredAt, productId, aggregateId, aggregateVersion,
				actor);
		Fields.required(session, "RefinementSessionCancelled", "session");
		Fields.sameAggregate("RefinementSessionCancelled", aggregateId, session.id());
	}

}
