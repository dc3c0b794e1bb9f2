package org.refinery.forecast.simulation;

import java.util.List;
import java.util.UUID;

/**
 * When an item is likely to be done: the period (1 = the next one, 0 = done already) by which
 * it finished in 50, 70, 85 and 95 % of the trials, {@code null} when that many trials did not
 * finish it within the horizon; and the probability that it is done by the end of each period.
 */
public record ItemOutcome(UUID id, Integer p50, Integer p70, Integer p85, Integer p95,
		List<Double> probabilityByPeriod) {

	public ItemOutcome {
		probabilityByPeriod = List.copyOf(probabilityByPeriod);
	}

}
