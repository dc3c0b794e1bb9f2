package org.refinery.backlog.session;

import org.refinery.backlog.item.NewItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The command to record what a session decided about one item. ESTIMATED carries the
 * {@code estimate}, SPLIT the {@code parts}, REMOVED its reason as the {@code note}.
 */
public record RecordOutcome(UUID itemId, OutcomeKind kind, String note, BigDecimal estimate, List<NewItem> parts) {

	public RecordOutcome {
		parts = parts == null ? List.of() : List.copyOf(parts);
	}

}
