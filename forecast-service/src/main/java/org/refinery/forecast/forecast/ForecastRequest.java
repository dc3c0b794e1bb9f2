package org.refinery.forecast.forecast;

import java.util.List;

/**
 * What to forecast: trials, upcoming periods, the unit, the seed (the same seed gives the same
 * forecast), capacity adjustments, how many of each team's latest samples to draw from
 * ({@code null}: all of them) and the likely scope growth ({@code null}: none).
 */
public record ForecastRequest(int trials, int horizon, Mode mode, long seed, List<CapacityAdjustment> capacity,
		Integer historyWindow, SplitRate splitRate) {

	public ForecastRequest {
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
	}

	public ForecastRequest(int trials, int horizon, Mode mode, long seed, List<CapacityAdjustment> capacity,
			Integer historyWindow) {
		this(trials, horizon, mode, seed, capacity, historyWindow, null);
	}

}
