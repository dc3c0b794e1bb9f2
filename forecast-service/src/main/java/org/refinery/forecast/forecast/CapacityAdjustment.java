package org.refinery.forecast.forecast;

/** A team's capacity in one forecast period (1-based, 1 the running one) as a factor of its usual: 0 off, 0.5 half, 1 usual. */
public record CapacityAdjustment(String teamKey, int period, double factor) {
}
