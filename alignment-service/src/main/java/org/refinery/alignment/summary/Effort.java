package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The effort an item counts with: its estimate in points, or, when it has none, the product's
 * median estimate, so that unestimated work neither vanishes from nor dominates the figures. The
 * median is taken over every estimated piece of work (leaf, see {@link WorkBreakdown}) of the
 * product that is not REMOVED (done work included, as it shows the product's usual item size;
 * epics with children excluded, as their estimates are sums); with no estimate at all it is 1,
 * so effort figures then equal count figures.
 */
public record Effort(BigDecimal median) {

	public static final String RULE = "Only pieces of work count: items without children (an epic's own estimate only "
			+ "while it has no children). Unestimated ones count with the product's median estimate (over its estimated "
			+ "pieces of work that are not removed; 1 when none is estimated)";

	public Effort {
		Objects.requireNonNull(median, "median");
	}

	/** The effort rule of a product whose pieces of work (leaves) are {@code work}. */
	public static Effort of(List<BacklogItem> work) {
		List<BigDecimal> estimates = work.stream()
			.filter(item -> item.status() != ItemStatus.REMOVED && item.estimate() != null)
			.map(BacklogItem::estimate)
			.sorted()
			.toList();
		if (estimates.isEmpty()) {
			return new Effort(BigDecimal.ONE);
		}
		int middle = estimates.size() / 2;
		BigDecimal median = estimates.size() % 2 == 1 ? estimates.get(middle)
				: estimates.get(middle - 1).add(estimates.get(middle)).divide(BigDecimal.TWO, 4, RoundingMode.HALF_UP);
		return new Effort(median.stripTrailingZeros());
	}

	public BigDecimal of(BacklogItem item) {
		return item.estimate() == null ? median : item.estimate();
	}

}
