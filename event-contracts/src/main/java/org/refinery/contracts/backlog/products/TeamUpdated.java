package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A team was renamed or changed its way of working. Emitted so local copies of the team
 * stay current.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the team's product
 * @param aggregateId the team id
 * @param aggregateVersion the team's version after the change
 * @param actor who made the change
 * @param team the team after the change
 * @param changedFields names of the changed {@link TeamState} fields
 */
public record TeamUpdated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, TeamState team, Set<String> changedFields) implements RefineryEvent {

	public TeamUpdated {
		Fields.envelope("TeamUpdated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(team, "TeamUpdated", "team");
		Fields.sameAggregate("TeamUpdated", aggregateId, team.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
