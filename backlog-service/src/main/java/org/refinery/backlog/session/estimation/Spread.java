package org.refinery.backlog.session.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far the revealed votes of a round lie apart; passes count for nothing. The median of an
 * even number of votes is the mean of the middle two, so it may be a value nobody voted for.
 */
public record Spread(BigDecimal min, BigDecimal median, BigDecimal max, int votes) {

	/** The spread of the points, or null when nobody voted a number. */
	static Spread of(List<BigDecimal> points) {
		if (points.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = points.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
		return new Spread(sorted.getFirst(), median.stripTrailingZeros(), sorted.getLast(), sorted.size());
	}

	/** All numeric votes were the same. */
	public boolean consensus() {
		return min.compareTo(max) == 0;
	}

}
