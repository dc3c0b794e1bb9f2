package org.refinery.forecast.forecast;

import java.util.List;
import java.util.UUID;

/**
 * When one item is likely done: the upcoming period index by which it was done in 50, 70, 85
 * and 95 % of the trials (0: done already; {@code null}: not that likely within the horizon),
 * the probability of it being done by the end of each upcoming period, and its predictability
 * P95 / P50 (1 is perfectly predictable; {@code null} when not both are within the horizon).
 * Period 1 is the Sprint or Release running now. {@code neverReason} says why an item can never
 * finish whatever the draws (no team, blocked by a cycle, no throughput of the kind forecast...),
 * {@code null} when it can; {@code sizedAs} says how an item was sized by an assumption (an epic
 * or feature not broken down yet counts as the product's typical number of children), {@code null}
 * when sized by itself. Stored forecasts from before these were added read {@code null}.
 */
public record ItemForecast(UUID itemId, String itemKey, String teamKey, Integer p50, Integer p70, Integer p85,
		Integer p95, List<Double> probabilityByPeriod, Double predictability, String neverReason, String sizedAs) {

	public ItemForecast {
		probabilityByPeriod = List.copyOf(probabilityByPeriod);
	}

	public ItemForecast(UUID itemId, String itemKey, String teamKey, Integer p50, Integer p70, Integer p85,
			Integer p95, List<Double> probabilityByPeriod, Double predictability) {
		this(itemId, itemKey, teamKey, p50, p70, p85, p95, probabilityByPeriod, predictability, null, null);
	}

}
