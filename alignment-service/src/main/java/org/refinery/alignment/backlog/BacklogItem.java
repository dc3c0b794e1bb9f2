package org.refinery.alignment.backlog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A backlog item as alignment needs it: where it is (product, team, rank), how big it is
 * (estimate in points, {@code null} when unestimated) and whether it still counts (status).
 */
public record BacklogItem(UUID id, UUID productId, String productKey, String key, String title, String teamKey,
		BigDecimal estimate, ItemStatus status, String rank, long version) {

	public BacklogItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(rank, "rank");
	}

	/**
	 * Whether this state replaces {@code held} (possibly {@code null}): only a strictly newer
	 * version does, so a repeated or late event changes nothing.
	 */
	public boolean supersedes(BacklogItem held) {
		return held == null || version > held.version();
	}

}
