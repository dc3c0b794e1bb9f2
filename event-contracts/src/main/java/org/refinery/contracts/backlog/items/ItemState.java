package org.refinery.contracts.backlog.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A backlog item as it is after a change, without its long texts: what other services need
 * to order, forecast, align and draw dependencies, and nothing they would have to keep
 * private.
 *
 * @param id the item id
 * @param productId the product whose backlog holds the item
 * @param productKey the product key, e.g. {@code PAY}
 * @param key the item key, e.g. {@code PAY-42}
 * @param type the kind of item
 * @param title the title
 * @param estimate the estimate in points; {@code null} when not estimated
 * @param teamKey the team that owns the item; {@code null} when unassigned
 * @param contributingTeamKeys other teams that contribute
 * @param parentId the parent item (e.g. the epic, or the item it was split from); optional
 * @param rank the position in the product backlog; lower sorts first, compared as strings
 * @param status the status
 * @param ready whether the item satisfies the product's Definition of Ready
 * @param acceptanceCriteriaCount how many acceptance criteria the item has
 * @param completedAt when it was done; {@code null} unless {@code DONE}
 * @param version the item's version, equal to the event's aggregate version
 */
public record ItemState(UUID id, UUID productId, String productKey, String key, ItemType type, String title,
		BigDecimal estimate, String teamKey, Set<String> contributingTeamKeys, UUID parentId, String rank,
		ItemStatus status, boolean ready, int acceptanceCriteriaCount, Instant completedAt, long version) {

	public ItemState {
		Fields.required(id, "ItemState", "id");
		Fields.required(productId, "ItemState", "productId");
		Fields.required(productKey, "ItemState", "productKey");
		Fields.required(key, "ItemState", "key");
		Fields.required(type, "ItemState", "type");
		Fields.required(title, "ItemState", "title");
		contributingTeamKeys = Fields.sortedSet(contributingTeamKeys);
		Fields.required(rank, "ItemState", "rank");
		Fields.required(status, "ItemState", "status");
	}

}
