package org.refinery.contracts.alignment;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A link between an item and a goal was removed; the carried link is inactive. Emitted so the
 * item stops counting as aligned to that goal.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the item's product
 * @param aggregateId the link id
 * @param aggregateVersion the link's version after the change
 * @param actor who made the change
 * @param link the link after the change
 */
public record ItemUnlinkedFromGoal(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, LinkState link) implements RefineryEvent {

	public ItemUnlinkedFromGoal {
		Fields.envelope("ItemUnlinkedFromGoal", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(link, "ItemUnlinkedFromGoal", "link");
		Fields.sameAggregate("ItemUnlinkedFromGoal", aggregateId, link.id());
	}

}
