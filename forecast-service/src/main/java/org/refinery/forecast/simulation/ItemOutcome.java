package org.refinery.forecast.simulation;

import java.util.List;
import java.util.UUID;

/**
 * When an item is likely to be done: the period (1 = the running one, 0 = done already) by which
 * it finished in 50, 70, 85 and 95 % of the trials, {@code null} when that many trials did not
 * finish it within the horizon; the probability that it is done by the end of each period; and
 * its predictability, P95 / P50 (1 is perfectly predictable; {@code null} when either is unknown
 * or the item is done already); and, for an item that can never finish whatever the draws, why
 * ({@code null} otherwise).
 */
public record ItemOutcome(UUID id, Integer p50, Integer p70, Integer p85, Integer p95,
		List<Double> probabilityByPeriod, Double predictability, Impediment impediment) {

	public ItemOutcome(UUID id, Integer p50, Integer p70, Integer p85, Integer p95, List<Double> probabilityByPeriod,
			Impediment impediment) {
		this(id, p50, p70, p85, p95, probabilityByPeriod, ratio(p95, p50), impediment);
	}

	public ItemOutcome(UUID id, Integer p50, Integer p70, Integer p85, Integer p95, List<Double> probabilityByPeriod) {
		this(id, p50, p70, p85, p95, probabilityByPeriod, null);
	}

	public ItemOutcome {
		probabilityByPeriod = List.copyOf(probabilityByPeriod);
	}

	private static Double ratio(Integer p95, Integer p50) {
		return p95 == null || p50 == null || p50 < 1 ? null : (double) p95 / p50;
	}

}
