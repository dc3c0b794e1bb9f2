package org.refinery.forecast.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A past baseline's P85 for one item: the last day of the period by which it was 85 % likely done
 * (read for P50 and P95 too, {@link Forecasts#dueBefore}, with that percentile instead).
 */
public record P85Due(UUID itemId, LocalDate due, Instant forecastAt) {
}
