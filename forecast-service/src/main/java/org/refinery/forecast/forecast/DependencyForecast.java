package org.refinery.forecast.forecast;

import java.util.UUID;

/**
 * A BLOCKS dependency and the probability that it delays its dependent: that the dependent's
 * team was ready to start it while the prerequisite was not finished.
 */
public record DependencyForecast(UUID dependentItemId, String dependentItemKey, UUID prerequisiteItemId,
		String prerequisiteItemKey, double delayProbability) {
}
