package org.refinery.backlog.session;

import java.time.Instant;
import java.util.UUID;

/** One decision of a session about one item, with the note that explains it. */
public record Outcome(UUID id, UUID itemId, OutcomeKind kind, String note, String recordedBy, Instant recordedAt) {
}
