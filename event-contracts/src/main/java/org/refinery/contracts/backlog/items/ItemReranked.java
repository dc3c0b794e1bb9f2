package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item moved in the product backlog order. Emitted because forecasts consume items in
 * rank order and dependency analysis flags items ranked before their prerequisites.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param previousRank the rank before
 * @param rank the rank now
 */
public record ItemReranked(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item, String previousRank, String rank) implements RefineryEvent {

	public ItemReranked {
		Fields.envelope("ItemReranked", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemReranked", "item");
		Fields.sameAggregate("ItemReranked", aggregateId, item.id());
		Fields.required(previousRank, "ItemReranked", "previousRank");
		Fields.required(rank, "ItemReranked", "rank");
	}

}
