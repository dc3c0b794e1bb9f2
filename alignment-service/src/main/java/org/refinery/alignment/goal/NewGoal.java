package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The command to set a goal; the web edge has checked syntax and sizes. A missing status
 * means ACTIVE, a missing weight 1.
 */
public record NewGoal(GoalLevel level, UUID parentId, String productKey, String title, String owner,
		GoalStatus status, Integer weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart,
		LocalDate timeframeEnd, List<KeyResult> keyResults) {
}
