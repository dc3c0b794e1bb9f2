package org.refinery.contracts.alignment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A goal changed: title, weight, timeframe, target investment share or status (achieved,
 * retired). Emitted because alignment ratios and investment drift are computed against the
 * goals in force.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the goal's product; {@code null} for objectives and themes
 * @param aggregateId the goal id
 * @param aggregateVersion the goal's version after the change
 * @param actor who made the change
 * @param goal the goal after the change
 * @param changedFields names of the changed {@link GoalState} fields
 */
public record GoalUpdated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, GoalState goal, Set<String> changedFields) implements RefineryEvent {

	public GoalUpdated {
		Fields.envelope("GoalUpdated", eventId, occurredAt, aggregateId, aggregateVersion, actor);
		Fields.required(goal, "GoalUpdated", "goal");
		Fields.sameAggregate("GoalUpdated", aggregateId, goal.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
