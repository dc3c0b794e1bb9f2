package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item was split into smaller items during refinement; each child also gets its own
 * {@link ItemCreated}. Emitted on the parent so that consumers can move goal links,
 * dependencies and forecasts from the parent to the children.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param parentId the item that was split (the aggregate)
 * @param childIds the new items, in backlog order
 */
public record ItemSplit(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item, UUID parentId, List<UUID> childIds) implements RefineryEvent {

	public ItemSplit {
		Fields.envelope("ItemSplit", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemSplit", "item");
		Fields.sameAggregate("ItemSplit", aggregateId, item.id());
		Fields.required(parentId, "ItemSplit", "parentId");
		childIds = Fields.list(childIds);
	}

}
