package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partial change of a goal: {@code null} leaves a field as it is. Key results, when given,
 * replace the goal's list. Level and product never change: they decide who manages the goal.
 */
public record GoalPatch(UUID parentId, String title, String owner, GoalStatus status, Integer weight,
		BigDecimal targetInvestmentShare, LocalDate timeframeStart, LocalDate timeframeEnd,
		List<KeyResult> keyResults) {
}
