package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * An item became ready or stopped being ready under its product's Definition of Ready.
 * Emitted because ready depth is the key preparation-for-planning metric, and because the
 * rule results tell teams what is still missing.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param ready whether the item is ready now
 * @param rules the result of every rule in force
 */
public record ItemReadinessChanged(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ItemState item, boolean ready,
		List<RuleResult> rules) implements RefineryEvent {

	public ItemReadinessChanged {
		Fields.envelope("ItemReadinessChanged", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemReadinessChanged", "item");
		Fields.sameAggregate("ItemReadinessChanged", aggregateId, item.id());
		rules = Fields.list(rules);
	}

}
