package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The command to add an item at the end of its product's order. */
public record NewItem(ItemType type, String title, String description, List<String> acceptanceCriteria,
		BigDecimal estimate, String teamKey, Set<String> contributingTeamKeys, UUID parentId) {
}
