package org.refinery.forecast.backlog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A backlog item as the forecast needs it: who owns it, where it ranks, its size and whether it is done. */
public record BacklogItem(UUID id, UUID productId, String productKey, String key, String teamKey, ItemStatus status,
		BigDecimal estimate, String rank, UUID parentId, Instant completedAt, long version) {

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

	/** The day (UTC) it was completed. */
	public LocalDate completedOn() {
		return LocalDate.ofInstant(completedAt, ZoneOffset.UTC);
	}

}
