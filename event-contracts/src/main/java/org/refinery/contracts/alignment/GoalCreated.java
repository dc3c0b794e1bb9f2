package org.refinery.contracts.alignment;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A strategic objective, theme or product goal was set. Emitted so dashboards can show goals
 * that no work serves yet.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the goal's product; {@code null} for objectives and themes
 * @param aggregateId the goal id
 * @param aggregateVersion the goal's version after the change
 * @param actor who made the change
 * @param goal the goal after the change
 */
public record GoalCreated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, GoalState goal) implements RefineryEvent {

	public GoalCreated {
		Fields.envelope("GoalCreated", eventId, occurredAt, aggregateId, aggregateVersion, actor);
		Fields.required(goal, "GoalCreated", "goal");
		Fields.sameAggregate("GoalCreated", aggregateId, goal.id());
	}

}
