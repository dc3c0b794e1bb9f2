package org.refinery.forecast.forecast;

/**
 * A team's likely throughput per upcoming period in the forecast's unit, capacity included:
 * {@code likelyLow} to {@code likelyHigh} in 70 % of the simulated periods (the 15th to the 85th
 * percentile), {@code median} and {@code mean} over all of them.
 */
public record TeamThroughputForecast(String teamKey, int likelyLow, int median, int likelyHigh, double mean) {
}
