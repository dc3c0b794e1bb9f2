package org.refinery.contracts.forecasts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A computed forecast. Forecasts are immutable: a new computation is a new forecast.
 *
 * @param id the forecast id
 * @param productId the product
 * @param productKey the product key, e.g. {@code PAY}
 * @param mode what was simulated
 * @param trials the number of Monte Carlo trials
 * @param seed the random seed; with the same inputs it reproduces the forecast
 * @param periods the periods of the horizon, in order
 * @param items the forecast per item, in backlog order
 * @param generatedAt when the computation finished
 */
public record ForecastState(UUID id, UUID productId, String productKey, ForecastMode mode, int trials, long seed,
		List<ForecastPeriod> periods, List<ItemForecast> items, Instant generatedAt) {

	public ForecastState {
		Fields.required(id, "ForecastState", "id");
		Fields.required(productId, "ForecastState", "productId");
		Fields.required(productKey, "ForecastState", "productKey");
		Fields.required(mode, "ForecastState", "mode");
		Fields.positive(trials, "ForecastState", "trials");
		periods = Fields.list(periods);
		items = Fields.list(items);
		Fields.required(generatedAt, "ForecastState", "generatedAt");
	}

}
