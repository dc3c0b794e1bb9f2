package org.refinery.forecast.forecast;

/**
 * A team's capacity in one forecast period (1-based, 1 the running one) as a factor of its usual:
 * 0 off, 0.5 half, 1 usual. A scenario may instead say how much the team delivers in that period
 * ({@code absolute}, in the forecast's unit); the factor is then {@code absolute} ÷ the team's mean
 * throughput per period, so the spread of its history is kept ({@code factor} is ignored).
 * Forecasts stored before scenarios read {@code absolute = null}.
 */
public record CapacityAdjustment(String teamKey, int period, double factor, Double absolute) {

	public CapacityAdjustment(String teamKey, int period, double factor) {
		this(teamKey, period, factor, null);
	}

}
