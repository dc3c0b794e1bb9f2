package org.refinery.contracts.backlog.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item was estimated or re-estimated. Emitted because forecasts in points mode and
 * alignment by effort depend on the estimate, and because the size of re-estimations is a
 * signal of refinement quality.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param previousEstimate the estimate before; {@code null} if there was none
 * @param estimate the estimate now; {@code null} if it was cleared
 */
public record ItemEstimated(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ItemState item, BigDecimal previousEstimate,
		BigDecimal estimate) implements RefineryEvent {

	public ItemEstimated {
		Fields.envelope("ItemEstimated", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemEstimated", "item");
		Fields.sameAggregate("ItemEstimated", aggregateId, item.id());
	}

}
