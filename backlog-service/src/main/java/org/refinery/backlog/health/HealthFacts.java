package org.refinery.backlog.health;

/**
 * Everything the health score of one product is computed from: the backlog's own figures and
 * what the dependency, alignment and forecast services announced.
 *
 * @param figures the backlog figures (ready points, velocity, top items, sessions, teams)
 * @param periodDays the length of the product's Sprints or Releases
 * @param openDependencies dependencies of open items still IDENTIFIED or ACKNOWLEDGED
 * @param agedDependencies of those, the ones open for 30 days or more
 * @param openBlocking open BLOCKS dependencies between two open items of the product
 * @param orderingConflicts of those, the ones whose dependent ranks above its prerequisite
 * @param topAligned how many of the top open items are linked to an active goal
 * @param forecast the latest forecast's spread, or {@code null} without a forecast
 */
public record HealthFacts(ProductFigures figures, int periodDays, long openDependencies, long agedDependencies,
		long openBlocking, long orderingConflicts, long topAligned, ForecastSpread forecast) {
}
