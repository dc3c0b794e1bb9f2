package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything about an item that an external tracker decides when its items are imported: the
 * item is brought to this content, field by field. {@code removedReason} counts only for a
 * REMOVED item; the parent only when the item is created (a parent is fixed once set).
 */
public record ItemContent(ItemType type, String title, String description, List<String> acceptanceCriteria,
		BigDecimal estimate, String teamKey, Set<String> contributingTeamKeys, ItemStatus status,
		String removedReason, UUID parentId) {

	public ItemContent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
		contributingTeamKeys = contributingTeamKeys == null ? Set.of() : Set.copyOf(contributingTeamKeys);
	}

	/** The fields of {@code item} that differ from this content, by name; estimates compared by value. */
	public List<String> differencesFrom(Item item) {
		var fields = new java.util.ArrayList<String>();
		if (status == ItemStatus.REMOVED && item.status() == ItemStatus.REMOVED) {
			return fields;
		}
		if (!title.equals(item.title()) || !Objects.equals(description, item.description())
				|| !acceptanceCriteria.equals(item.acceptanceCriteria())) {
			fields.add("text");
		}
		if (!Objects.equals(teamKey, item.teamKey()) || !contributingTeamKeys.equals(item.contributingTeamKeys())) {
			fields.add("teams");
		}
		if (!sameEstimate(estimate, item.estimate())) {
			fields.add("estimate");
		}
		if (status != item.status()) {
			fields.add("status");
		}
		return fields;
	}

	private static boolean sameEstimate(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
