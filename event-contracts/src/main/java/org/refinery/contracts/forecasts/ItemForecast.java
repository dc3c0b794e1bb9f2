package org.refinery.contracts.forecasts;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * When one item will probably be done: the period by which it was done in 50, 70, 85 and 95
 * percent of the simulated trials. A percentile is {@code null} when that confidence is not
 * reached within the horizon, which is itself worth showing.
 *
 * @param itemId the item
 * @param itemKey the item key, e.g. {@code PAY-42}
 * @param p50 done by this period in half of the trials
 * @param p70 done by this period in 70 % of the trials
 * @param p85 done by this period in 85 % of the trials; the usual planning figure
 * @param p95 done by this period in 95 % of the trials
 */
public record ItemForecast(UUID itemId, String itemKey, PeriodRef p50, PeriodRef p70, PeriodRef p85,
		PeriodRef p95) {

	public ItemForecast {
		Fields.required(itemId, "ItemForecast", "itemId");
		Fields.required(itemKey, "ItemForecast", "itemKey");
	}

}
