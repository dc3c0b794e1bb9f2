package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item was taken out of the backlog, with a reason; it is kept and can be restored.
 * Emitted so that forecasts drop it and dependencies on it are reconsidered.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param previousStatus the status before removal, which a restore returns to
 * @param reason why it was removed, as said by the person who removed it
 */
public record ItemRemoved(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item, ItemStatus previousStatus, String reason) implements RefineryEvent {

	public ItemRemoved {
		Fields.envelope("ItemRemoved", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemRemoved", "item");
		Fields.sameAggregate("ItemRemoved", aggregateId, item.id());
		Fields.required(previousStatus, "ItemRemoved", "previousStatus");
		Fields.required(reason, "ItemRemoved", "reason");
	}

}
