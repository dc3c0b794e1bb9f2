package org.refinery.backlog.product;

import java.time.Instant;

/**
 * One changed setting ({@code name}, {@code vision}, {@code deliveryMode}, {@code sprintLengthDays},
 * {@code releaseLengthDays}, {@code firstPeriodStart}) of a product at one product version: who
 * changed it, when, from what to what.
 */
public record ProductHistoryEntry(long version, Instant changedAt, String actor, String field, String oldValue,
		String newValue) {
}
