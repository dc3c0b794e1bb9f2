package org.refinery.backlog.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One decision of a session about one item, with the note that explains it. An ESTIMATED outcome
 * carries the estimate it set, a SPLIT outcome the items it split the item into.
 */
public record Outcome(UUID id, UUID itemId, OutcomeKind kind, String note, BigDecimal estimate, List<UUID> children,
		String recordedBy, Instant recordedAt) {

	public Outcome {
		children = children == null ? List.of() : List.copyOf(children);
	}

	/** A decision that changed nothing of the item but its notes. */
	public Outcome(UUID id, UUID itemId, OutcomeKind kind, String note, String recordedBy, Instant recordedAt) {
		this(id, itemId, kind, note, null, List.of(), recordedBy, recordedAt);
	}

}
