package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemDates;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.summary.AlignmentSummary.GoalInvestment;
import org.refinery.alignment.summary.AlignmentSummary.GoalRef;
import org.refinery.alignment.summary.AlignmentSummary.GoalWork;
import org.refinery.alignment.summary.AlignmentSummary.ItemRef;
import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.summary.BacklogAlignmentTest.goal;
import static org.refinery.alignment.summary.BacklogAlignmentTest.link;

/**
 * The hand-computed product with epics. E1 (100 points, linked to Checkout) has children S1 3,
 * S2 5 and S3 8 (done); E2 (20, linked to Finder at 0.5) has only R1 (removed), so E2 is a leaf
 * and its own 20 count; L1 (unestimated, Finder) and L2 (2, no team, unlinked) have none. Leaves
 * not removed with estimates: 2, 3, 5, 8, 20, median 5, so L1 counts 5. Open leaves: S1 3 + S2 5
 * + E2 20 + L1 5 + L2 2 = 35 points in 5 items (E1's 100 would have counted the work twice);
 * aligned: S1 and S2 through E1's link, E2, L1: 4 items, 33 points. Checkout is served by 3 + 5 =
 * 8, Finder by 20 x 0.5 + 5 = 15. Payments' target for PAY is Checkout's 0.6 (Wallets has none),
 * Search's is Finder's 0.2: actual 8/35 = 0.2286 (drift -0.3714) and 15/35 = 0.4286 (drift 0.2286).
 */
class WorkBreakdownTest {

	static final Goal OBJECTIVE = goal(GoalLevel.OBJECTIVE, null, null, "Grow", GoalStatus.ACTIVE, null);

	static final Goal PAYMENTS = goal(GoalLevel.THEME, OBJECTIVE, null, "Payments", GoalStatus.ACTIVE, "0.5");

	static final Goal SEARCH = goal(GoalLevel.THEME, OBJECTIVE, null, "Search", GoalStatus.ACTIVE, "0.3");

	static final Goal CHECKOUT = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Checkout", GoalStatus.ACTIVE, "0.6");

	static final Goal WALLETS = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Wallets", GoalStatus.ACTIVE, null);

	static final Goal FINDER = goal(GoalLevel.PRODUCT_GOAL, SEARCH, "PAY", "Finder", GoalStatus.ACTIVE, "0.2");

	static final BacklogItem E1 = item("E1", "a", "T-A", "100", ItemStatus.IN_PROGRESS, null);

	static final BacklogItem S1 = item("S1", "b", "T-A", "3", ItemStatus.READY, E1);

	static final BacklogItem S2 = item("S2", "c", "T-B", "5", ItemStatus.IN_PROGRESS, E1);

	static final BacklogItem S3 = item("S3", "d", "T-A", "8", ItemStatus.DONE, E1);

	static final BacklogItem E2 = item("E2", "e", "T-B", "20", ItemStatus.DRAFT, null);

	static final BacklogItem R1 = item("R1", "f", "T-B", "13", ItemStatus.REMOVED, E2);

	static final BacklogItem L1 = item("L1", "g", "T-B", null, ItemStatus.DRAFT, null);

	static final BacklogItem L2 = item("L2", "h", null, "2", ItemStatus.DRAFT, null);

	static final List<BacklogItem> ITEMS = List.of(E1, S1, S2, S3, E2, R1, L1, L2);

	final AlignmentSummary summary = new BacklogAlignment(
			List.of(OBJECTIVE, PAYMENTS, SEARCH, CHECKOUT, WALLETS, FINDER),
			List.of(link(E1, CHECKOUT, "1"), link(E2, FINDER, "0.5"), link(L1, FINDER, "1")))
		.summarize("PAY", ITEMS, Scope.open());

	@Test
	void onlyLeavesCountAndAnEpicsOwnEstimateOnlyWhileItHasNoChildrenThatAreNotRemoved() {
		var breakdown = WorkBreakdown.of(ITEMS);

		assertThat(breakdown.leaves(ITEMS)).containsExactly(S1, S2, S3, E2, R1, L1, L2);
		assertThat(breakdown.ancestorsOf(S2)).containsExactly(E1.id());
		assertThat(summary.medianEstimate()).isEqualByComparingTo("5");
	}

	@Test
	void overallByCountAndByEffortCountEachPieceOfWorkOnce() {
		assertThat(summary.overall()).isEqualTo(Ratio.of(4, 5, new BigDecimal("33"), new BigDecimal("35")));
		assertThat(summary.overall().byCount()).isEqualByComparingTo("0.8");
		assertThat(summary.overall().byEffort()).isEqualByComparingTo("0.9429");
	}

	@Test
	void perTeamFiguresAddUpToTheProductsTotal() {
		assertThat(summary.perTeam()).containsOnlyKeys("T-A", "T-B", "(none)");
		assertThat(summary.perTeam().get("T-A")).isEqualTo(Ratio.of(1, 1, new BigDecimal("3"), new BigDecimal("3")));
		assertThat(summary.perTeam().get("T-B")).isEqualTo(Ratio.of(3, 3, new BigDecimal("30"), new BigDecimal("30")));
		assertThat(summary.perTeam().get("(none)")).isEqualTo(Ratio.of(0, 1, BigDecimal.ZERO, new BigDecimal("2")));
	}

	@Test
	void perGoalCountsLeavesThroughTheirParentsLinks() {
		assertThat(summary.perGoal()).extracting(GoalWork::title).containsExactly("Finder", "Checkout");
		assertThat(summary.perGoal()).extracting(GoalWork::items).containsExactly(2, 2);
		assertThat(summary.perGoal()).extracting(GoalWork::effort).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("15"), new BigDecimal("8"));
	}

	@Test
	void unalignedWorkAndGoalsWithoutWork() {
		assertThat(summary.unaligned()).extracting(ItemRef::key).containsExactly("L2");
		assertThat(summary.goalsWithoutWork()).extracting(GoalRef::title).containsExactly("Wallets");
		assertThat(summary.linkedOnlyToRetiredGoals()).isEmpty();
		assertThat(summary.linkedOnlyToAchievedGoals()).isEmpty();
	}

	@Test
	void driftOfAThemeIsMeasuredAgainstTheProductsOwnTargetWithThePortfolioTargetBeside() {
		assertThat(summary.investment()).extracting(ThemeInvestment::title).containsExactly("Payments", "Search");
		ThemeInvestment payments = summary.investment().getFirst();
		assertThat(payments.target()).isEqualByComparingTo("0.6");
		assertThat(payments.portfolioTarget()).isEqualByComparingTo("0.5");
		assertThat(payments.servedEffort()).isEqualByComparingTo("8");
		assertThat(payments.actual()).isEqualByComparingTo("0.2286");
		assertThat(payments.drift()).isEqualByComparingTo("-0.3714");
		ThemeInvestment search = summary.investment().get(1);
		assertThat(search.target()).isEqualByComparingTo("0.2");
		assertThat(search.servedEffort()).isEqualByComparingTo("15");
		assertThat(search.actual()).isEqualByComparingTo("0.4286");
		assertThat(search.drift()).isEqualByComparingTo("0.2286");
	}

	@Test
	void driftOfEachProductGoalWithATarget() {
		assertThat(summary.goalInvestment()).extracting(GoalInvestment::title).containsExactly("Checkout", "Finder");
		assertThat(summary.goalInvestment()).extracting(GoalInvestment::drift)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-0.3714"), new BigDecimal("0.2286"));
	}

	@Test
	void theTopScopeTakesTheFirstOpenLeavesByRank() {
		var top = new BacklogAlignment(List.of(OBJECTIVE, PAYMENTS, CHECKOUT), List.of(link(E1, CHECKOUT, "1")))
			.summarize("PAY", ITEMS, Scope.top(2));

		assertThat(top.overall()).isEqualTo(Ratio.of(2, 2, new BigDecimal("8"), new BigDecimal("8")));
	}

	@Test
	void aChildsOwnLinkToTheSameGoalHoldsInsteadOfItsParents() {
		var nearer = new BacklogAlignment(List.of(OBJECTIVE, PAYMENTS, CHECKOUT),
				List.of(link(E1, CHECKOUT, "1"), link(S1, CHECKOUT, "0.5")))
			.summarize("PAY", List.of(E1, S1, S2), Scope.open());

		assertThat(nearer.perGoal().getFirst().effort()).isEqualByComparingTo("6.5");
	}

	static BacklogItem item(String key, String rank, String team, String estimate, ItemStatus status,
			BacklogItem parent) {
		return new BacklogItem(UUID.randomUUID(), UUID.randomUUID(), "PAY", key, "Item " + key, team,
				estimate == null ? null : new BigDecimal(estimate), status, rank, 1, parent == null ? null : parent.id(),
				ItemDates.UNKNOWN);
	}

}
