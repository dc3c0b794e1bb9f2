package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A removed item came back to the backlog with the status it had before removal. Emitted so
 * consumers treat it as live again.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 */
public record ItemRestored(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item) implements RefineryEvent {

	public ItemRestored {
		Fields.envelope("ItemRestored", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemRestored", "item");
		Fields.sameAggregate("ItemRestored", aggregateId, item.id());
	}

}
