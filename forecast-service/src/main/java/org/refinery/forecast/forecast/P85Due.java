package org.refinery.forecast.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A past forecast's P85 for one item: the last day of the period by which it was 85 % likely done. */
public record P85Due(UUID itemId, LocalDate due, Instant forecastAt) {
}
