package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A strategic goal: OBJECTIVE (organisation) > THEME > PRODUCT_GOAL (one product). Matched by
 * title when seeding again.
 */
record DemoGoal(String ref, String level, String parentRef, String productKey, String title, String owner, int weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart, LocalDate timeframeEnd,
		List<KeyResult> keyResults) {

	DemoGoal {
		keyResults = List.copyOf(keyResults);
	}

	/** A metric moving from a baseline to a target, and where it stands now. */
	record KeyResult(String metric, BigDecimal baseline, BigDecimal target, BigDecimal current) {
	}

}
