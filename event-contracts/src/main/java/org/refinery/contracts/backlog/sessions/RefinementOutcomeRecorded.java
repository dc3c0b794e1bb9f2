package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A session reached a decision about one item: clarified, estimated, split, dependency
 * found, ready, deferred, removed or linked to a goal. Emitted so that the work of refinement is visible and
 * dependency tracking can link dependencies to the session that found them. The first
 * outcome opens a scheduled session.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the session id
 * @param aggregateVersion the session's version after the change
 * @param actor who made the change
 * @param session the session after the change
 * @param outcomeId the outcome id, unique within the session
 * @param itemId the item decided about
 * @param outcome what was decided
 * @param note what the participants noted; optional
 */
public record RefinementOutcomeRecorded(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, SessionState session, UUID outcomeId, UUID itemId, OutcomeKind outcome,
		String note) implements RefineryEvent {

	public RefinementOutcomeRecorded {
		Fields.envelope("RefinementOutcomeRecorded", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(session, "RefinementOutcomeRecorded", "session");
		Fields.sameAggregate("RefinementOutcomeRecorded", aggregateId, session.id());
		Fields.required(outcomeId, "RefinementOutcomeRecorded", "outcomeId");
		Fields.required(itemId, "RefinementOutcomeRecorded", "itemId");
		Fields.required(outcome, "RefinementOutcomeRecorded", "outcome");
	}

}
