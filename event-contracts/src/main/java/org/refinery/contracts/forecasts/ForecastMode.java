package org.refinery.contracts.forecasts;

/**
 * What the Monte Carlo simulation samples from the throughput history: item counts, which
 * needs no estimates, or story points, which uses them.
 */
public enum ForecastMode {

	COUNT, POINTS

}
