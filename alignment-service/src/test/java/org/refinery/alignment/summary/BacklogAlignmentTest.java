package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.summary.AlignmentSummary.GoalRef;
import org.refinery.alignment.summary.AlignmentSummary.GoalWork;
import org.refinery.alignment.summary.AlignmentSummary.ItemRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hand-computed product. Median estimate over A 8, C 2, D 4, F 6 (R is removed) is 5, so B
 * and E count 5 each. Open scope: A 8 + B 5 + C 2 + D 4 + E 5 = 24 points; A (Checkout) and B
 * (Search, half) are aligned: 2 of 5 items, 13 of 24 points.
 */
class BacklogAlignmentTest {

	static final Goal OBJECTIVE = goal(GoalLevel.OBJECTIVE, null, null, "Grow", GoalStatus.ACTIVE, null);

	static final Goal PAYMENTS = goal(GoalLevel.THEME, OBJECTIVE, null, "Payments", GoalStatus.ACTIVE, "0.5");

	static final Goal SEARCH = goal(GoalLevel.THEME, OBJECTIVE, null, "Search", GoalStatus.ACTIVE, "0.3");

	static final Goal CHECKOUT = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Checkout", GoalStatus.ACTIVE, null);

	static final Goal WALLETS = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Wallets", GoalStatus.ACTIVE, null);

	static final Goal LEGACY = goal(GoalLevel.PRODUCT_GOAL, SEARCH, "PAY", "Legacy", GoalStatus.RETIRED, null);

	static final Goal SHOP_GOAL = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "SHOP", "Cart", GoalStatus.ACTIVE, null);

	static final BacklogItem A = item("A", "a", "T-A", "8", ItemStatus.READY);

	static final BacklogItem B = item("B", "b", "T-A", null, ItemStatus.DRAFT);

	static final BacklogItem C = item("C", "c", "T-B", "2", ItemStatus.IN_PROGRESS);

	static final BacklogItem D = item("D", "d", "T-B", "4", ItemStatus.DRAFT);

	static final BacklogItem E = item("E", "e", null, null, ItemStatus.DRAFT);

	static final BacklogItem F = item("F", "f", "T-A", "6", ItemStatus.DONE);

	static final BacklogItem R = item("R", "g", "T-A", "100", ItemStatus.REMOVED);

	static final List<BacklogItem> ITEMS = List.of(A, B, C, D, E, F, R);

	final BacklogAlignment alignment = new BacklogAlignment(
			List.of(OBJECTIVE, PAYMENTS, SEARCH, CHECKOUT, WALLETS, LEGACY, SHOP_GOAL),
			List.of(link(A, CHECKOUT, "1"), link(B, SEARCH, "0.5"), link(D, LEGACY, "1"), link(F, CHECKOUT, "1"),
					link(R, CHECKOUT, "1")));

	@Test
	void unestimatedItemsCountWithTheMedianOfTheProductsEstimatedItemsThatAreNotRemoved() {
		AlignmentSummary summary = alignment.summarize("PAY", ITEMS, Scope.open());

		assertThat(summary.medianEstimate()).isEqualByComparingTo("5");
		assertThat(summary.unestimatedRule()).contains("median estimate");
	}

	@Test
	void theOpenScopeCountsEverythingNeitherDoneNorRemovedByCountAndByEffort() {
		Ratio overall = alignment.summarize("PAY", ITEMS, Scope.open()).overall();

		assertThat(overall.items()).isEqualTo(5);
		assertThat(overall.alignedItems()).isEqualTo(2);
		assertThat(overall.byCount()).isEqualByComparingTo("0.4");
		assertThat(overall.effort()).isEqualByComparingTo("24");
		assertThat(overall.alignedEffort()).isEqualByComparingTo("13");
		assertThat(overall.byEffort()).isEqualByComparingTo("0.5417");
	}

	@Test
	void theTopScopeCountsOnlyTheFirstOpenItemsByRank() {
		Ratio overall = alignment.summarize("PAY", ITEMS, Scope.top(3)).overall();

		assertThat(overall.items()).isEqualTo(3);
		assertThat(overall.byCount()).isEqualByComparingTo("0.6667");
		assertThat(overall.effort()).isEqualByComparingTo("15");
		assertThat(overall.byEffort()).isEqualByComparingTo("0.8667");
	}

	@Test
	void ratiosPerTeamPutItemsWithoutATeamUnderNone() {
		var perTeam = alignment.summarize("PAY", ITEMS, Scope.open()).perTeam();

		assertThat(perTeam).containsOnlyKeys("T-A", "T-B", "(none)");
		assertThat(perTeam.get("T-A").byCount()).isEqualByComparingTo("1");
		assertThat(perTeam.get("T-A").effort()).isEqualByComparingTo("13");
		assertThat(perTeam.get("T-B").byEffort()).isEqualByComparingTo("0");
		assertThat(perTeam.get("(none)").effort()).isEqualByComparingTo("5");
	}

	@Test
	void perGoalEffortIsWeightedByContributionAndSortedLargestFirst() {
		List<GoalWork> perGoal = alignment.summarize("PAY", ITEMS, Scope.open()).perGoal();

		assertThat(perGoal).extracting(GoalWork::title).containsExactly("Checkout", "Legacy", "Search");
		assertThat(perGoal).extracting(GoalWork::effort).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("2.5"));
		assertThat(perGoal).extracting(GoalWork::items).containsExactly(1, 1, 1);
	}

	@Test
	void unalignedItemsAreListedTopRankFirstIncludingThoseLinkedOnlyToRetiredGoals() {
		AlignmentSummary summary = alignment.summarize("PAY", ITEMS, Scope.open());

		assertThat(summary.unaligned()).extracting(ItemRef::key).containsExactly("C", "D", "E");
		assertThat(summary.linkedOnlyToRetiredGoals()).extracting(ItemRef::key).containsExactly("D");
		assertThat(summary.linkedOnlyToAchievedGoals()).isEmpty();
	}

	/**
	 * Launch is ACHIEVED. C serves only Launch, D only the retired Legacy, E both (neither list),
	 * B Launch and the active Search (aligned, in no list): C, D, E stay unaligned, 2 of 5 items
	 * and 13 of 24 points aligned as before.
	 */
	@Test
	void itemsLinkedOnlyToAchievedGoalsAreCountedUnalignedAndListedApartFromRetiredOnes() {
		Goal launch = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Launch", GoalStatus.ACHIEVED, null);
		var withAchieved = new BacklogAlignment(List.of(OBJECTIVE, PAYMENTS, SEARCH, CHECKOUT, LEGACY, launch),
				List.of(link(A, CHECKOUT, "1"), link(B, launch, "1"), link(B, SEARCH, "0.5"), link(C, launch, "1"),
						link(D, LEGACY, "1"), link(E, launch, "1"), link(E, LEGACY, "1")));

		AlignmentSummary summary = withAchieved.summarize("PAY", ITEMS, Scope.open());

		assertThat(summary.unaligned()).extracting(ItemRef::key).containsExactly("C", "D", "E");
		assertThat(summary.linkedOnlyToAchievedGoals()).extracting(ItemRef::key).containsExactly("C");
		assertThat(summary.linkedOnlyToRetiredGoals()).extracting(ItemRef::key).containsExactly("D");
		assertThat(summary.overall().alignedItems()).isEqualTo(2);
		assertThat(summary.overall().alignedEffort()).isEqualByComparingTo("13");
	}

	@Test
	void activeProductGoalsOfTheProductThatNoWorkInScopeServesAreUncovered() {
		assertThat(alignment.summarize("PAY", ITEMS, Scope.open()).goalsWithoutWork()).extracting(GoalRef::title)
			.containsExactly("Wallets");
		assertThat(alignment.summarize("PAY", ITEMS, Scope.top(1)).goalsWithoutWork()).extracting(GoalRef::title)
			.containsExactly("Wallets");
		assertThat(alignment.summarize("PAY", List.of(C), Scope.open()).goalsWithoutWork()).extracting(GoalRef::title)
			.containsExactly("Checkout", "Wallets");
	}

	@Test
	void aProductWithoutTargetsOfItsOwnShowsEachThemesShareButNoDriftAgainstThePortfolioTarget() {
		var investment = alignment.summarize("PAY", ITEMS, Scope.open()).investment();

		assertThat(investment).hasSize(2);
		var payments = investment.getFirst();
		assertThat(payments.title()).isEqualTo("Payments");
		assertThat(payments.actual()).isEqualByComparingTo("0.3333");
		assertThat(payments.portfolioTarget()).isEqualByComparingTo("0.5");
		assertThat(payments.target()).isNull();
		assertThat(payments.drift()).isNull();
		var search = investment.get(1);
		assertThat(search.actual()).isEqualByComparingTo("0.1042");
		assertThat(search.drift()).isNull();
	}

	@Test
	void anItemCountsForAThemeAtMostOnceEvenThroughSeveralLinks() {
		Goal checkout = goal(GoalLevel.PRODUCT_GOAL, PAYMENTS, "PAY", "Checkout", GoalStatus.ACTIVE, "0.5");
		var twice = new BacklogAlignment(List.of(OBJECTIVE, PAYMENTS, checkout),
				List.of(link(A, PAYMENTS, "1"), link(A, checkout, "0.5"), link(C, checkout, "0.5")));

		var payments = twice.summarize("PAY", List.of(A, C), Scope.open()).investment().getFirst();

		assertThat(payments.actual()).isEqualByComparingTo("0.9");
		assertThat(payments.drift()).isEqualByComparingTo("0.4");
	}

	@Test
	void withNothingInScopeThereIsNoRatioAndNoDrift() {
		AlignmentSummary summary = alignment.summarize("PAY", List.of(F, R), Scope.open());

		assertThat(summary.overall().items()).isZero();
		assertThat(summary.overall().byCount()).isNull();
		assertThat(summary.overall().byEffort()).isNull();
		assertThat(summary.investment()).allSatisfy(theme -> assertThat(theme.drift()).isNull());
	}

	@Test
	void theMedianOfAnOddNumberOfEstimatesIsTheMiddleOneAndWithoutEstimatesItIsOne() {
		assertThat(Effort.of(List.of(A, C, D)).median()).isEqualByComparingTo("4");
		assertThat(Effort.of(List.of(B, E)).median()).isEqualByComparingTo("1");
		assertThat(Effort.of(List.of(C, R)).median()).isEqualByComparingTo("2");
	}

	static BacklogItem item(String key, String rank, String team, String estimate, ItemStatus status) {
		return new BacklogItem(UUID.randomUUID(), UUID.randomUUID(), "PAY", key, "Item " + key, team,
				estimate == null ? null : new BigDecimal(estimate), status, rank, 1);
	}

	static Goal goal(GoalLevel level, Goal parent, String product, String title, GoalStatus status, String share) {
		return new Goal(UUID.randomUUID(), level, parent == null ? null : parent.id(),
				product == null ? null : UUID.randomUUID(), product, title, null, status, 1,
				share == null ? null : new BigDecimal(share), null, null, List.of(), 1);
	}

	static Link link(BacklogItem item, Goal goal, String weight) {
		return new Link(UUID.randomUUID(), item.id(), goal.id(), item.productId(), "PAY", "because",
				new BigDecimal(weight), true, 1);
	}

}
