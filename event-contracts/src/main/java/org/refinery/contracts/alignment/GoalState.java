package org.refinery.contracts.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A goal as it is after a change.
 *
 * @param id the goal id
 * @param productId the product of a {@code PRODUCT_GOAL}; {@code null} for objectives and themes
 * @param parentId the goal one level up; {@code null} for objectives
 * @param level the level
 * @param title the title
 * @param status the status
 * @param weight relative importance among its siblings, at least 1
 * @param targetInvestmentShare the share of effort the organisation wants to invest in it,
 *        between 0 and 1; optional
 * @param timeframeStart first day the goal applies; optional
 * @param timeframeEnd last day the goal applies; optional
 */
public record GoalState(UUID id, UUID productId, UUID parentId, GoalLevel level, String title, GoalStatus status,
		int weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart, LocalDate timeframeEnd) {

	public GoalState {
		Fields.required(id, "GoalState", "id");
		Fields.required(level, "GoalState", "level");
		if (level == GoalLevel.PRODUCT_GOAL) {
			Fields.required(productId, "GoalState", "productId");
		}
		Fields.required(title, "GoalState", "title");
		Fields.required(status, "GoalState", "status");
		Fields.positive(weight, "GoalState", "weight");
	}

}
