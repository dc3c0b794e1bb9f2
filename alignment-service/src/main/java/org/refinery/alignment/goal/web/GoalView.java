package org.refinery.alignment.goal.web;

import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.KeyResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal as the REST API shows it. */
record GoalView(UUID id, GoalLevel level, UUID parentId, String productKey, String title, String owner,
		GoalStatus status, int weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart,
		LocalDate timeframeEnd, List<KeyResult> keyResults, long version) {

	static GoalView of(Goal g) {
		return new GoalView(g.id(), g.level(), g.parentId(), g.productKey(), g.title(), g.owner(), g.status(),
				g.weight(), g.targetInvestmentShare(), g.timeframeStart(), g.timeframeEnd(), g.keyResults(),
				g.version());
	}

}
