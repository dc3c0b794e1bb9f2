package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item moved through its workflow, e.g. planned, started or done. Emitted because done
 * items make throughput history, and dependencies on a done prerequisite can be resolved.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param from the status before
 * @param to the status now
 */
public record ItemStatusChanged(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ItemState item, ItemStatus from, ItemStatus to) implements RefineryEvent {

	public ItemStatusChanged {
		Fields.envelope("ItemStatusChanged", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemStatusChanged", "item");
		Fields.sameAggregate("ItemStatusChanged", aggregateId, item.id());
		Fields.required(from, "ItemStatusChanged", "from");
		Fields.required(to, "ItemStatusChanged", "to");
	}

}
