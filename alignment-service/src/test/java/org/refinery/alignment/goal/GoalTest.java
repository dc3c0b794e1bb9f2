package org.refinery.alignment.goal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalTest {

	static final LocalDate JAN = LocalDate.of(2026, 1, 1);

	static final LocalDate DEC = LocalDate.of(2026, 12, 31);

	@Test
	void aNewGoalStartsActiveAtVersionOneWithWeightOne() {
		Goal goal = Goal.create(UUID.randomUUID(), objective("Grow revenue"), null);

		assertThat(goal.version()).isEqualTo(1);
		assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
		assertThat(goal.weight()).isEqualTo(1);
	}

	@Test
	void aProductGoalNeedsAProductAndOnlyProductGoalsHaveOne() {
		assertThatThrownBy(() -> Goal.create(UUID.randomUUID(),
				new NewGoal(GoalLevel.PRODUCT_GOAL, null, null, "Checkout", null, null, null, null, JAN, DEC, null), null))
			.isInstanceOf(GoalRuleViolation.class)
			.hasMessage("A product goal needs a productKey");
		assertThatThrownBy(() -> Goal.create(UUID.randomUUID(),
				new NewGoal(GoalLevel.THEME, null, "PAY", "Payments", null, null, null, null, JAN, DEC, null), null))
			.hasMessage("Only product goals belong to a product; a THEME spans the organisation");
	}

	@Test
	void objectivesCarryNoTargetInvestmentShare() {
		assertThatThrownBy(() -> Goal.create(UUID.randomUUID(), new NewGoal(GoalLevel.OBJECTIVE, null, null, "Grow",
				null, null, null, new BigDecimal("0.4"), JAN, DEC, null), null))
			.isInstanceOf(GoalRuleViolation.class)
			.hasMessage("Only themes and product goals have a target investment share; 'Grow' is an OBJECTIVE");
	}

	@Test
	void aNoOpPatchKeepsTheGoalAndItsVersionEvenWhenDecimalsAreWrittenDifferently() {
		Goal theme = Goal.create(UUID.randomUUID(), new NewGoal(GoalLevel.THEME, UUID.randomUUID(), null, "Pay", null,
				null, null, new BigDecimal("0.3000"), JAN, DEC,
				List.of(new KeyResult("NPS", new BigDecimal("10.00"), new BigDecimal("40"), null))), null);

		Goal patched = theme.patched(new GoalPatch(null, "Pay", null, null, null, new BigDecimal("0.3"), null, null,
				List.of(new KeyResult("NPS", new BigDecimal("10"), new BigDecimal("40.0000"), null))));

		assertThat(patched).isSameAs(theme);
		assertThat(patched.version()).isEqualTo(1);
	}

	@Test
	void aChangeListsEveryFieldItSetWithItsValueBeforeAndAfter() {
		Goal theme = Goal.create(UUID.randomUUID(), new NewGoal(GoalLevel.THEME, UUID.randomUUID(), null, "Pay", null,
				null, null, new BigDecimal("0.3"), JAN, DEC, null), null);

		Goal patched = theme.patched(new GoalPatch(null, "Payments", "pia", null, null, new BigDecimal("0.25"), null,
				null, null));

		assertThat(GoalDiff.between(theme, patched)).containsExactly(new FieldChange("title", "Pay", "Payments"),
				new FieldChange("owner", null, "pia"),
				new FieldChange("targetInvestmentShare", new BigDecimal("0.3"), new BigDecimal("0.25")));
		assertThat(patched.version()).isEqualTo(2);
	}

	@Test
	void aTimeframeMustNotEndBeforeItStarts() {
		assertThatThrownBy(() -> Goal.create(UUID.randomUUID(),
				new NewGoal(GoalLevel.OBJECTIVE, null, null, "Grow", null, null, null, null, DEC, JAN, null), null))
			.isInstanceOf(GoalRuleViolation.class)
			.hasMessage("The timeframe of 'Grow' starts on 2026-12-31, after it ends on 2026-01-01");
	}

	@Test
	void aPatchChangesOnlyTheGivenFieldsAndBumpsTheVersion() {
		Goal goal = Goal.create(UUID.randomUUID(), objective("Grow revenue"), null);

		Goal after = goal.patched(new GoalPatch(null, "Grow recurring revenue", null, GoalStatus.ACHIEVED, null, null,
				null, null, null));

		assertThat(after.title()).isEqualTo("Grow recurring revenue");
		assertThat(after.status()).isEqualTo(GoalStatus.ACHIEVED);
		assertThat(after.timeframeStart()).isEqualTo(JAN);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.changedSince(goal)).containsExactly("title", "status");
	}

	@Test
	void aPatchThatChangesNothingKeepsTheVersion() {
		Goal goal = Goal.create(UUID.randomUUID(), objective("Grow revenue"), null);

		Goal after = goal.patched(new GoalPatch(null, "Grow revenue", null, null, null, null, null, null, null));

		assertThat(after).isSameAs(goal);
	}

	@Test
	void keyResultsAreReplacedAsAWholeButAreNotWireFields() {
		Goal goal = Goal.create(UUID.randomUUID(), objective("Grow revenue"), null);
		var result = new KeyResult("Monthly revenue (MEUR)", new BigDecimal("10"), new BigDecimal("12"), null);

		Goal after = goal.patched(new GoalPatch(null, null, null, null, null, null, null, null, List.of(result)));

		assertThat(after.keyResults()).containsExactly(result);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.changedSince(goal)).isEmpty();
	}

	@Test
	void aGoalIsActiveOnlyWhileActiveAndWithinItsTimeframe() {
		Goal goal = Goal.create(UUID.randomUUID(), objective("Grow revenue"), null);

		assertThat(goal.activeOn(LocalDate.of(2026, 6, 1))).isTrue();
		assertThat(goal.activeOn(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(goal.patched(new GoalPatch(null, null, null, GoalStatus.RETIRED, null, null, null, null, null))
			.activeOn(LocalDate.of(2026, 6, 1))).isFalse();
	}

	static NewGoal objective(String title) {
		return new NewGoal(GoalLevel.OBJECTIVE, null, null, title, "pia", null, null, null, JAN, DEC, null);
	}

}
