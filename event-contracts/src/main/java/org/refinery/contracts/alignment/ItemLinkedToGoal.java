package org.refinery.contracts.alignment;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * Someone stated that a backlog item serves a goal, with a rationale. Emitted so alignment
 * summaries and readiness ("linked to a goal") can count the item as aligned.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the item's product
 * @param aggregateId the link id
 * @param aggregateVersion the link's version after the change
 * @param actor who made the change
 * @param link the link after the change
 */
public record ItemLinkedToGoal(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, LinkState link) implements RefineryEvent {

	public ItemLinkedToGoal {
		Fields.envelope("ItemLinkedToGoal", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(link, "ItemLinkedToGoal", "link");
		Fields.sameAggregate("ItemLinkedToGoal", aggregateId, link.id());
	}

}
