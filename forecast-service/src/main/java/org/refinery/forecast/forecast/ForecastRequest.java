package org.refinery.forecast.forecast;

import java.util.List;

/**
 * What to forecast: trials, upcoming periods, the unit, the seed (the same seed gives the same
 * forecast), capacity adjustments and how many of each team's latest samples to draw from
 * ({@code null}: all of them).
 */
public record ForecastRequest(int trials, int horizon, Mode mode, long seed, List<CapacityAdjustment> capacity,
		Integer historyWindow) {

	public ForecastRequest {
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
	}

}
