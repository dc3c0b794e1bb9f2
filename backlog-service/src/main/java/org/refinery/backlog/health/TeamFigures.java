package org.refinery.backlog.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Raw figures of one team of a product, for the per-team health gauges. Items without an owning
 * team are counted under the team key {@code none}.
 *
 * @param productKey the product
 * @param teamKey the team, or {@code none}
 * @param itemsByStatus the team's item counts by status name
 * @param readyPoints estimated points of the team's READY items
 * @param pointsDonePerPeriod points the team finished in each of the last periods, oldest first
 * @param topReady how many of the team's top open items are ready
 * @param topCount how many of the team's top open items were looked at (at most 50)
 * @param daysSinceRepresented days since the team last took part in a session, or -1 if never
 */
public record TeamFigures(String productKey, String teamKey, Map<String, Long> itemsByStatus, BigDecimal readyPoints,
		List<BigDecimal> pointsDonePerPeriod, long topReady, long topCount, long daysSinceRepresented) {

	public TeamFigures {
		itemsByStatus = Map.copyOf(itemsByStatus);
		pointsDonePerPeriod = List.copyOf(pointsDonePerPeriod);
	}

	/** The team's ready points in periods of its own median velocity; 0 without velocity. */
	public double readyDepthInPeriods() {
		return RefinementHealth.depth(readyPoints, pointsDonePerPeriod);
	}

	public double topReadinessRatio() {
		return topCount == 0 ? 0 : (double) topReady / topCount;
	}

}
