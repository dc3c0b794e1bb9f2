package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item was clarified: its title, description, acceptance criteria or type changed.
 * Emitted because refinement is the heartbeat of a healthy backlog (stale-item metrics count
 * from it) and because the title shown elsewhere may have changed.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param changedFields names of the changed fields, e.g. {@code title}, {@code description}, {@code acceptanceCriteria}
 */
public record ItemRefined(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item, Set<String> changedFields) implements RefineryEvent {

	public ItemRefined {
		Fields.envelope("ItemRefined", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemRefined", "item");
		Fields.sameAggregate("ItemRefined", aggregateId, item.id());
		changedFields = Fields.sortedSet(changedFields);
	}

}
