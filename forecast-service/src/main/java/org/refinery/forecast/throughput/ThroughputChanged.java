package org.refinery.forecast.throughput;

/** A team's imported throughput history was replaced: the forecasts of its product depend on it. */
public record ThroughputChanged(String productKey, String teamKey) {
}
