package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.LINK;
import static org.refinery.contracts.samples.SampleValues.OBJECTIVE;
import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.PIA;
import static org.refinery.contracts.samples.SampleValues.PRODUCT_GOAL;
import static org.refinery.contracts.samples.SampleValues.THEME;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.refinery.contracts.alignment.GoalCreated;
import org.refinery.contracts.alignment.GoalLevel;
import org.refinery.contracts.alignment.GoalState;
import org.refinery.contracts.alignment.GoalStatus;
import org.refinery.contracts.alignment.GoalUpdated;
import org.refinery.contracts.alignment.ItemLinkedToGoal;
import org.refinery.contracts.alignment.ItemUnlinkedFromGoal;
import org.refinery.contracts.alignment.LinkState;

/**
 * The expected records of the {@code refinery.alignment.*.v1} samples: an organisation-wide
 * objective (no product), a product goal of PAY, and PAY-42 linked to it.
 */
final class AlignmentFixtures {

	private AlignmentFixtures() {
	}

	static GoalCreated goalCreated() {
		var objective = new GoalState(OBJECTIVE, null, null, GoalLevel.OBJECTIVE,
				"Grow online revenue by 20 percent in 2026", GoalStatus.ACTIVE, 3, new BigDecimal("0.40"),
				LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
		return new GoalCreated(id("3f9b1087-b1c8-4259-8d7e-6cdd09b1c737"), at("2026-01-12T10:00:00Z"), null, OBJECTIVE,
				1, PIA, objective);
	}

	static GoalUpdated goalUpdated() {
		var goal = new GoalState(PRODUCT_GOAL, PAY, THEME, GoalLevel.PRODUCT_GOAL,
				"One-tap checkout for returning customers", GoalStatus.ACTIVE, 2, new BigDecimal("0.25"),
				LocalDate.parse("2026-01-05"), LocalDate.parse("2026-06-28"));
		return new GoalUpdated(id("ef98fef7-1f59-4f19-a1bd-af39d0829259"), at("2026-02-20T15:30:00Z"), PAY,
				PRODUCT_GOAL, 3, PAUL, goal, Set.of("weight", "targetInvestmentShare"));
	}

	static ItemLinkedToGoal itemLinkedToGoal() {
		return new ItemLinkedToGoal(id("cf84a597-98b5-4655-91c8-e14286979c8a"), at("2026-02-20T15:45:00Z"), PAY, LINK,
				1, PAUL, link(true));
	}

	static ItemUnlinkedFromGoal itemUnlinkedFromGoal() {
		return new ItemUnlinkedFromGoal(id("2403616b-e8e6-4f88-8434-214c9f9f4b0e"), at("2026-03-10T08:15:00Z"), PAY,
				LINK, 2, PAUL, link(false));
	}

	private static LinkState link(boolean active) {
		return new LinkState(LINK, PAY_42, PRODUCT_GOAL, PAY,
				"Paying with a saved card removes the card form for returning customers", new BigDecimal("1.0"),
				active);
	}

}
