package org.refinery.backlog.item;

import java.time.Instant;

/** One changed field of one version of an item: who changed it, when, from what to what. */
public record HistoryEntry(long version, Instant changedAt, String actor, String field, String oldValue,
		String newValue) {
}
