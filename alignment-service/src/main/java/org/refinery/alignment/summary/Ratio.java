package org.refinery.alignment.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Aligned work against all work, by item count and by effort. The ratios are {@code null} when
 * nothing is in scope: no work is neither aligned nor unaligned.
 */
public record Ratio(int alignedItems, int items, BigDecimal byCount, BigDecimal alignedEffort, BigDecimal effort,
		BigDecimal byEffort) {

	static Ratio of(int alignedItems, int items, BigDecimal alignedEffort, BigDecimal effort) {
		return new Ratio(alignedItems, items, share(BigDecimal.valueOf(alignedItems), BigDecimal.valueOf(items)),
				alignedEffort.stripTrailingZeros(), effort.stripTrailingZeros(), share(alignedEffort, effort));
	}

	/** {@code part / whole} to four decimals, {@code null} when the whole is zero. */
	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
	}

}
