package org.refinery.forecast.backlog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A backlog item as the forecast needs it: who owns it, where it ranks, its size, whether it is
 * done and its kind ({@code null} when not known yet: stored before kinds were kept).
 */
public record BacklogItem(UUID id, UUID productId, String productKey, String key, String teamKey, ItemStatus status,
		BigDecimal estimate, String rank, UUID parentId, Instant completedAt, long version, ItemType type) {

	public BacklogItem(UUID id, UUID productId, String productKey, String key, String teamKey, ItemStatus status,
			BigDecimal estimate, String rank, UUID parentId, Instant completedAt, long version) {
		this(id, productId, productKey, key, teamKey, status, estimate, rank, parentId, completedAt, version, null);
	}

	public BacklogItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(rank, "rank");
	}

	/** Whether it counts as throughput: done, by a team, at a known moment. */
	public boolean countsAsThroughput() {
		return status == ItemStatus.DONE && teamKey != null && completedAt != null;
	}

	/** An epic or feature, which is broken down into children rather than worked itself. */
	public boolean breaksDown() {
		return type != null && type.breaksDown();
	}

	/** The day (UTC) it was completed. */
	public LocalDate completedOn() {
		return LocalDate.ofInstant(completedAt, ZoneOffset.UTC);
	}

}
