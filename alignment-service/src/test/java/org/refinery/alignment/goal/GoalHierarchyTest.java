package org.refinery.alignment.goal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalHierarchyTest {

	static final Goal OBJECTIVE = goal(GoalLevel.OBJECTIVE, null, "Grow revenue", "2026-01-01", "2026-12-31", null);

	static final Goal THEME = goal(GoalLevel.THEME, OBJECTIVE, "Payments", "2026-01-01", "2026-06-30", "0.4");

	@Test
	void aThemeUnderAnObjectiveWithinItsTimeframeFits() {
		Goal theme = goal(GoalLevel.THEME, OBJECTIVE, "Search", "2026-03-01", "2026-09-30", "0.6");

		assertThatCode(() -> hierarchy(List.of(OBJECTIVE), List.of(THEME), List.of()).verify(theme))
			.doesNotThrowAnyException();
	}

	@Test
	void anObjectiveHasNoParent() {
		Goal objective = goal(GoalLevel.OBJECTIVE, OBJECTIVE, "Cut costs", "2026-01-01", "2026-12-31", null);

		assertThatThrownBy(() -> hierarchy(List.of(OBJECTIVE), List.of(), List.of()).verify(objective))
			.isInstanceOf(GoalRuleViolation.class)
			.hasMessage("An objective has no parent; 'Cut costs' names one");
	}

	@Test
	void aThemeNeedsAnObjectiveAsParent() {
		Goal theme = goal(GoalLevel.THEME, null, "Search", "2026-01-01", "2026-06-30", null);
		Goal underTheme = goal(GoalLevel.THEME, THEME, "Search", "2026-01-01", "2026-06-30", null);

		assertThatThrownBy(() -> hierarchy(List.of(), List.of(), List.of()).verify(theme))
			.hasMessage("A THEME needs a parent OBJECTIVE");
		assertThatThrownBy(() -> hierarchy(List.of(THEME, OBJECTIVE), List.of(), List.of()).verify(underTheme))
			.hasMessage("The parent of a THEME must be a OBJECTIVE, but 'Payments' is a THEME");
	}

	@Test
	void aProductGoalNeedsAThemeAsParent() {
		Goal goal = productGoal(OBJECTIVE, "One-click checkout", "2026-01-01", "2026-03-31");

		assertThatThrownBy(() -> hierarchy(List.of(OBJECTIVE), List.of(), List.of()).verify(goal))
			.hasMessage("The parent of a PRODUCT_GOAL must be a THEME, but 'Grow revenue' is a OBJECTIVE");
	}

	@Test
	void aGoalCannotBePlacedUnderItself() {
		Goal objective = goal(GoalLevel.OBJECTIVE, null, "Grow", "2026-01-01", "2026-12-31", null);
		Goal cyclic = new Goal(objective.id(), objective.level(), objective.id(), null, null, "Grow", null,
				GoalStatus.ACTIVE, 1, null, null, null, List.of(), 1);

		assertThatThrownBy(() -> hierarchy(List.of(cyclic), List.of(), List.of()).verify(cyclic))
			.hasMessage("'Grow' cannot be placed under itself or under a goal below it");
	}

	@Test
	void aChildsTimeframeMustLieWithinItsParents() {
		Goal late = productGoal(THEME, "One-click checkout", "2026-05-01", "2026-07-31");
		Goal open = productGoal(THEME, "Wallets", "2026-02-01", null);

		assertThatThrownBy(() -> hierarchy(List.of(THEME, OBJECTIVE), List.of(), List.of()).verify(late))
			.hasMessage("The timeframe 2026-05-01..2026-07-31 of 'One-click checkout' must lie within the timeframe "
					+ "2026-01-01..2026-06-30 of its parent 'Payments'");
		assertThatThrownBy(() -> hierarchy(List.of(THEME, OBJECTIVE), List.of(), List.of()).verify(open))
			.hasMessage("The timeframe 2026-02-01..open of 'Wallets' must lie within the timeframe "
					+ "2026-01-01..2026-06-30 of its parent 'Payments'");
	}

	@Test
	void shorteningAGoalMustStillContainItsChildren() {
		Goal child = productGoal(THEME, "One-click checkout", "2026-02-01", "2026-06-30");
		Goal shorter = goal(GoalLevel.THEME, OBJECTIVE, "Payments", "2026-01-01", "2026-05-31", "0.4");

		assertThatThrownBy(() -> hierarchy(List.of(OBJECTIVE), List.of(), List.of(child)).verify(shorter))
			.hasMessage("The timeframe 2026-02-01..2026-06-30 of 'One-click checkout' must lie within the timeframe "
					+ "2026-01-01..2026-05-31 of 'Payments', its parent");
	}

	@Test
	void theSharesOfAllThemesAddUpToAtMostAHundredPercent() {
		Goal exactlyFull = goal(GoalLevel.THEME, OBJECTIVE, "Search", "2026-01-01", "2026-06-30", "0.6");
		Goal tooMuch = goal(GoalLevel.THEME, OBJECTIVE, "Search", "2026-01-01", "2026-06-30", "0.65");

		assertThatCode(() -> hierarchy(List.of(OBJECTIVE), List.of(THEME), List.of()).verify(exactlyFull))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> hierarchy(List.of(OBJECTIVE), List.of(THEME), List.of()).verify(tooMuch))
			.isInstanceOf(TargetSharesExceeded.class)
			.hasMessage("The target investment shares of the organisation's themes would add up to 105 %; "
					+ "at most 100 % can be invested");
	}

	@Test
	void themesUnderOtherObjectivesShareThePortfolioBudgetToo() {
		Goal elsewhere = new Goal(UUID.randomUUID(), GoalLevel.THEME, UUID.randomUUID(), null, null, "Elsewhere",
				null, GoalStatus.ACTIVE, 1, new BigDecimal("0.5"), null, null, List.of(), 1);
		Goal search = goal(GoalLevel.THEME, OBJECTIVE, "Search", "2026-01-01", "2026-06-30", "0.6");

		assertThatThrownBy(() -> new GoalHierarchy(List.of(OBJECTIVE), List.of(), List.of(), List.of(elsewhere))
			.verify(search))
			.isInstanceOfSatisfying(TargetSharesExceeded.class,
					ex -> assertThat(ex.total()).isEqualByComparingTo("1.1"))
			.hasMessageContaining("would add up to 110 %");
	}

	@Test
	void theTargetSharesOfOneProductsGoalsAddUpToAtMostAHundredPercentOfThatProduct() {
		Goal checkout = withShare(productGoal(THEME, "Checkout", "2026-02-01", "2026-03-31"), "0.7");
		Goal wallets = withShare(productGoal(THEME, "Wallets", "2026-02-01", "2026-03-31"), "0.4");
		Goal otherProduct = new Goal(UUID.randomUUID(), GoalLevel.PRODUCT_GOAL, THEME.id(), UUID.randomUUID(), "SHOP",
				"Cart", null, GoalStatus.ACTIVE, 1, new BigDecimal("0.9"), null, null, List.of(), 1);

		assertThatCode(() -> new GoalHierarchy(List.of(THEME, OBJECTIVE), List.of(), List.of(),
				List.of(otherProduct)).verify(checkout)).doesNotThrowAnyException();
		assertThatThrownBy(() -> new GoalHierarchy(List.of(THEME, OBJECTIVE), List.of(), List.of(),
				List.of(checkout, otherProduct)).verify(wallets))
			.isInstanceOf(TargetSharesExceeded.class)
			.hasMessage("The target investment shares of the goals of product PAY would add up to 110 %; "
					+ "at most 100 % can be invested");
	}

	static Goal withShare(Goal goal, String share) {
		return new Goal(goal.id(), goal.level(), goal.parentId(), goal.productId(), goal.productKey(), goal.title(),
				goal.owner(), goal.status(), goal.weight(), new BigDecimal(share), goal.timeframeStart(),
				goal.timeframeEnd(), goal.keyResults(), goal.version());
	}

	@Test
	void retiredThemesAndTheGoalsOwnOldShareDoNotCount() {
		Goal retired = new Goal(UUID.randomUUID(), GoalLevel.THEME, OBJECTIVE.id(), null, null, "Old", null,
				GoalStatus.RETIRED, 1, new BigDecimal("0.9"), null, null, List.of(), 1);
		Goal raised = new Goal(THEME.id(), GoalLevel.THEME, OBJECTIVE.id(), null, null, "Payments", null,
				GoalStatus.ACTIVE, 1, new BigDecimal("1.0"), THEME.timeframeStart(), THEME.timeframeEnd(), List.of(), 2);

		assertThatCode(() -> hierarchy(List.of(OBJECTIVE), List.of(retired, THEME), List.of()).verify(raised))
			.doesNotThrowAnyException();
	}

	static GoalHierarchy hierarchy(List<Goal> ancestors, List<Goal> siblings, List<Goal> children) {
		return new GoalHierarchy(ancestors, siblings, children);
	}

	static Goal productGoal(Goal parent, String title, String start, String end) {
		return new Goal(UUID.randomUUID(), GoalLevel.PRODUCT_GOAL, parent.id(), UUID.randomUUID(), "PAY", title, null,
				GoalStatus.ACTIVE, 1, null, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
				List.of(), 1);
	}

	static Goal goal(GoalLevel level, Goal parent, String title, String start, String end, String share) {
		return new Goal(UUID.randomUUID(), level, parent == null ? null : parent.id(), null, null, title, null,
				GoalStatus.ACTIVE, 1, share == null ? null : new BigDecimal(share), LocalDate.parse(start),
				LocalDate.parse(end), List.of(), 1);
	}

}
