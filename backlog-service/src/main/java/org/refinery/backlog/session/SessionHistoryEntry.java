package org.refinery.backlog.session;

import java.time.Instant;

/** One changed field of one version of a session: who changed it, when, from what to what. */
public record SessionHistoryEntry(long version, Instant changedAt, String actor, String field, String oldValue,
		String newValue) {
}
