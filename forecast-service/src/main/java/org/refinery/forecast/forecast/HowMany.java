package org.refinery.forecast.forecast;

import java.time.Instant;

/**
 * "How many by period k": from the product's latest forecast, how many open items are likely
 * done by the end of that upcoming Sprint or Release, at 95, 85, 70 and 50 % probability.
 */
public record HowMany(String notice, java.util.UUID forecastId, Instant generatedAt, UpcomingPeriod period) {

	/** The forecast's answer for the 1-based upcoming period; refused beyond the forecast's horizon. */
	public static HowMany in(Forecast forecast, int period) {
		if (period < 1 || period > forecast.horizon()) {
			throw new InvalidForecastRequest("#/query/period", period,
					"must be between 1 and " + forecast.horizon() + ", the latest forecast's horizon");
		}
		return new HowMany(Forecast.NOTICE, forecast.id(), forecast.generatedAt(), forecast.periods().get(period - 1));
	}

}
