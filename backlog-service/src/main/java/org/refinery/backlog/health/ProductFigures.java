package org.refinery.backlog.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Raw figures of one product, as read from the backlog.
 *
 * @param productKey the product
 * @param itemsByStatus item counts by status name
 * @param readyPoints estimated points of READY items
 * @param pointsDonePerPeriod points finished in each of the last periods, oldest first, zeros included
 * @param topReady how many of the top items by rank are ready
 * @param topCount how many top items were looked at (at most the top 50 open items)
 * @param staleByTeam per team, open items untouched for 30 days or more
 * @param daysSinceLastSession days since the last refinement session started, or -1 if none ever
 * @param teamsRepresentedRecently teams that sent a representative to one of the last three sessions
 * @param teamCount the product's teams
 */
public record ProductFigures(String productKey, Map<String, Long> itemsByStatus, BigDecimal readyPoints,
		List<BigDecimal> pointsDonePerPeriod, long topReady, long topCount, Map<String, Long> staleByTeam,
		long daysSinceLastSession, long teamsRepresentedRecently, long teamCount) {

	public ProductFigures {
		itemsByStatus = Map.copyOf(itemsByStatus);
		pointsDonePerPeriod = List.copyOf(pointsDonePerPeriod);
		staleByTeam = Map.copyOf(staleByTeam);
	}

}
