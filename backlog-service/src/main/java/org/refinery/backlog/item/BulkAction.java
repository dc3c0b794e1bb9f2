package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One change applied to every selected item of a bulk request.
 *
 * @param teamKey the owning team, for {@link Kind#ASSIGN_TEAM}
 * @param status the target status, for {@link Kind#CHANGE_STATUS}
 * @param estimate the points, for {@link Kind#ESTIMATE}; null clears the estimate
 */
public record BulkAction(Kind kind, String teamKey, ItemStatus status, BigDecimal estimate) {

	public BulkAction {
		Objects.requireNonNull(kind, "kind");
	}

	public enum Kind {

		ASSIGN_TEAM, CHANGE_STATUS, ESTIMATE, MOVE_TO_TOP, MOVE_TO_BOTTOM

	}

}
