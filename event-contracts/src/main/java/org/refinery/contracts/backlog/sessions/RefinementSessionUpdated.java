package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A session not yet over was corrected: its title, start, facilitator, representatives or agenda.
 * Emitted so that read models holding the session's title or teams stay correct.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the session id
 * @param aggregateVersion the session's version after the change
 * @param actor who made the change
 * @param session the session after the change
 * @param changedFields what changed, by API field name: {@code title}, {@code startsAt},
 *        {@code facilitator}, {@code representatives}, {@code agenda}
 */
public record RefinementSessionUpdated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, SessionState session, Set<String> changedFields) implements RefineryEvent {

	public RefinementSessionUpdated {
		Fields.envelope("RefinementSessionUpdated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(session, "RefinementSessionUpdated", "session");
		Fields.sameAggregate("RefinementSessionUpdated", aggregateId, session.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
