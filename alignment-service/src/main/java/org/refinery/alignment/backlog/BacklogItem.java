package org.refinery.alignment.backlog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A backlog item as alignment needs it: where it is (product, team, rank, parent), how big it is
 * (estimate in points, {@code null} when unestimated), whether it still counts (status) and when
 * it was open ({@link ItemDates}, for back-filled trends).
 */
public record BacklogItem(UUID id, UUID productId, String productKey, String key, String title, String teamKey,
		BigDecimal estimate, ItemStatus status, String rank, long version, UUID parentId, ItemDates dates) {

	public BacklogItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(rank, "rank");
		dates = dates == null ? ItemDates.UNKNOWN : dates;
	}

	/** A top-level item without known dates. */
	public BacklogItem(UUID id, UUID productId, String productKey, String key, String title, String teamKey,
			BigDecimal estimate, ItemStatus status, String rank, long version) {
		this(id, productId, productKey, key, title, teamKey, estimate, status, rank, version, null, ItemDates.UNKNOWN);
	}

	/**
	 * Whether this state replaces {@code held} (possibly {@code null}): only a strictly newer
	 * version does, so a repeated or late event changes nothing.
	 */
	public boolean supersedes(BacklogItem held) {
		return held == null || version > held.version();
	}

}
