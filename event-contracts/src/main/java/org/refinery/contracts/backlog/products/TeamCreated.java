package org.refinery.contracts.backlog.products;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A team joined a product's shared backlog. Emitted so that other services can resolve the
 * team's key and attribute items, dependencies and throughput to it.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the team's product
 * @param aggregateId the team id
 * @param aggregateVersion the team's version after the change
 * @param actor who made the change
 * @param team the team after the change
 */
public record TeamCreated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, TeamState team) implements RefineryEvent {

	public TeamCreated {
		Fields.envelope("TeamCreated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(team, "TeamCreated", "team");
		Fields.sameAggregate("TeamCreated", aggregateId, team.id());
	}

}
