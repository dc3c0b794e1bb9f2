package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item entered a product backlog, written directly or as a child of a split. Emitted so
 * every service can start tracking it: dependencies, goal links and forecasts refer to it.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 */
public record ItemCreated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item) implements RefineryEvent {

	public ItemCreated {
		Fields.envelope("ItemCreated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemCreated", "item");
		Fields.sameAggregate("ItemCreated", aggregateId, item.id());
	}

}
