package org.refinery.backlog.product;

import java.time.Instant;

/**
 * One changed part ({@code rules}, {@code maxEstimate}, {@code checklist}) of a product's
 * Definition of Ready at one product version: who changed it, when, from what to what.
 */
public record DefinitionHistoryEntry(long version, Instant changedAt, String actor, String field, String oldValue,
		String newValue) {
}
