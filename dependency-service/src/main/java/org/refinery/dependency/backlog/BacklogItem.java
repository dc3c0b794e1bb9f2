package org.refinery.dependency.backlog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A backlog item as the latest applied item event described it. {@code version} is the item's
 * aggregate version in the backlog service. The title is for people reading an export; items last
 * changed before the read model kept titles have none until their next event.
 */
public record BacklogItem(UUID id, UUID productId, String productKey, String key, String teamKey, String rank,
		ItemStatus status, BigDecimal estimate, long version, String title) {

	public BacklogItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(rank, "rank");
		Objects.requireNonNull(status, "status");
	}

	/** An item whose title is not known here. */
	public BacklogItem(UUID id, UUID productId, String productKey, String key, String teamKey, String rank,
			ItemStatus status, BigDecimal estimate, long version) {
		this(id, productId, productKey, key, teamKey, rank, status, estimate, version, null);
	}

	/**
	 * Whether this state should replace the stored one: only a strictly newer version does, so a
	 * redelivered or late event never rolls the read model back.
	 */
	public boolean supersedes(Optional<BacklogItem> stored) {
		return stored.map(current -> version > current.version()).orElse(true);
	}

	/** Whether the item sorts ahead of another in the product order (ranks compare as strings). */
	public boolean rankedAhead(BacklogItem other) {
		return rank.compareTo(other.rank()) < 0;
	}

}
