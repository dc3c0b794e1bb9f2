package org.refinery.backlog.export;

import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One item as an export writes it: every field a re-import needs to rebuild it, and its
 * {@code position} (1 for the top) in the product's order beside the rank that defines it.
 * {@code createdAt} is when the item's history began; items loaded around the API have none.
 */
public record ExportedItem(long position, UUID id, String key, ItemType type, String title, String description,
		List<String> acceptanceCriteria, ItemStatus status, ItemStatus statusBeforeRemoval, String removedReason,
		String teamKey, List<String> contributingTeamKeys, UUID parentId, String parentKey, BigDecimal estimate,
		String rank, List<Check> checklist, Instant createdAt, Instant completedAt, Instant updatedAt) {

	/** A ticked item of the product's checklist: which, by whom, when. */
	public record Check(String code, String tickedBy, Instant tickedAt) {
	}

	public ExportedItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		acceptanceCriteria = List.copyOf(acceptanceCriteria);
		contributingTeamKeys = List.copyOf(contributingTeamKeys);
		checklist = List.copyOf(checklist);
	}

}
