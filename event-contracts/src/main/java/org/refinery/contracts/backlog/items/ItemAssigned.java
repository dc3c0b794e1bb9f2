package org.refinery.contracts.backlog.items;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * The team that owns an item, or the teams that contribute to it, changed. Emitted because
 * dependencies become inter-team (or stop being so), per-team metrics and forecasts follow
 * ownership, and people need to know which team now holds the work.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the item id
 * @param aggregateVersion the item's version after the change
 * @param actor who made the change
 * @param item the item after the change
 * @param previousTeamKey the owning team before; {@code null} if unassigned
 * @param teamKey the owning team now; {@code null} if unassigned
 * @param previousContributingTeamKeys the contributing teams before
 * @param contributingTeamKeys the contributing teams now
 */
public record ItemAssigned(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId, long aggregateVersion,
		Actor actor, ItemState item, String previousTeamKey, String teamKey,
		Set<String> previousContributingTeamKeys, Set<String> contributingTeamKeys) implements RefineryEvent {

	public ItemAssigned {
		Fields.envelope("ItemAssigned", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(item, "ItemAssigned", "item");
		Fields.sameAggregate("ItemAssigned", aggregateId, item.id());
		previousContributingTeamKeys = Fields.sortedSet(previousContributingTeamKeys);
		contributingTeamKeys = Fields.sortedSet(contributingTeamKeys);
	}

}
