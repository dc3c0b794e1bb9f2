package org.refinery.alignment.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One product's alignment on one day (open scope), kept so that trends can be drawn;
 * {@code backfilled} when computed afterwards from the read model's dates rather than measured on the day.
 */
public record Snapshot(LocalDate day, String productKey, int items, int alignedItems, BigDecimal effort,
		BigDecimal alignedEffort, boolean backfilled) {

	public Snapshot {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(effort, "effort");
		Objects.requireNonNull(alignedEffort, "alignedEffort");
	}

	public static Snapshot of(LocalDate day, AlignmentSummary summary) {
		Ratio overall = summary.overall();
		return new Snapshot(day, summary.productKey(), overall.items(), overall.alignedItems(), overall.effort(),
				overall.alignedEffort(), false);
	}

}
