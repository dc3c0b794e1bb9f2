package org.refinery.backlog.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The health signals derived from a product's figures. Ready depth is measured in Sprints:
 * ready points divided by the median velocity of recent periods, because the median shrugs off
 * the one heroic or disastrous Sprint that an average would not.
 */
public record RefinementHealth(String productKey, double readyDepthInPeriods, double topReadinessRatio,
		double teamRepresentation) {

	public static RefinementHealth of(ProductFigures figures) {
		double depth = depth(figures.readyPoints(), figures.pointsDonePerPeriod());
		double top = figures.topCount() == 0 ? 0 : (double) figures.topReady() / figures.topCount();
		double representation = figures.teamCount() == 0 ? 0
				: (double) figures.teamsRepresentedRecently() / figures.teamCount();
		return new RefinementHealth(figures.productKey(), depth, top, representation);
	}

	/** Ready points in periods of median velocity; 0 when nothing was finished recently. */
	static double depth(BigDecimal readyPoints, List<BigDecimal> donePerPeriod) {
		BigDecimal median = median(donePerPeriod);
		return median.signum() == 0 ? 0 : readyPoints.divide(median, 2, RoundingMode.HALF_UP).doubleValue();
	}

	static BigDecimal median(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return BigDecimal.ZERO;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
	}

}
