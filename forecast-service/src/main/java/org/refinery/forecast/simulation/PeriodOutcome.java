package org.refinery.forecast.simulation;

/**
 * How many of the open items are likely done by the end of a period: at least
 * {@code likely95} of them in 95 % of the trials, and so on; {@code mean} over all trials.
 */
public record PeriodOutcome(int period, int likely95, int likely85, int likely70, int likely50, double mean) {
}
