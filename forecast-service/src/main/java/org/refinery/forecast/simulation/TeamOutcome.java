package org.refinery.forecast.simulation;

/**
 * A team's likely throughput in one upcoming period, capacity factors included: below
 * {@code low} in 15 % of its periods, above {@code high} in 15 %, {@code median} and {@code mean}
 * over all trials and periods (items, or points in POINTS mode, rounded to whole units).
 */
public record TeamOutcome(String key, int low, int median, int high, double mean) {
}
