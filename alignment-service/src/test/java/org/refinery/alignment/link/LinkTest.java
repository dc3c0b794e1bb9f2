package org.refinery.alignment.link;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkTest {

	static final BacklogItem PAY_7 = item("PAY", ItemStatus.READY);

	@Test
	void aNewLinkIsActiveAtVersionOneAndCountsTheWholeItemUnlessToldOtherwise() {
		Link link = Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.ACTIVE), "Checkout", null);

		assertThat(link.active()).isTrue();
		assertThat(link.version()).isEqualTo(1);
		assertThat(link.contributionWeight()).isEqualByComparingTo("1");
		assertThat(link.productKey()).isEqualTo("PAY");
	}

	@Test
	void anItemServesOnlyTheProductGoalsOfItsOwnProductButAnyTheme() {
		assertThatThrownBy(() -> Link.create(UUID.randomUUID(), PAY_7, productGoal("SHOP", GoalStatus.ACTIVE), "x", null))
			.isInstanceOf(LinkRuleViolation.class)
			.hasMessage("Item PAY-7 belongs to PAY, but 'Goal of SHOP' is a product goal of SHOP");
		Goal theme = new Goal(UUID.randomUUID(), GoalLevel.THEME, UUID.randomUUID(), null, null, "Payments", null,
				GoalStatus.ACTIVE, 1, null, null, null, List.of(), 1);
		assertThat(Link.create(UUID.randomUUID(), PAY_7, theme, "x", new BigDecimal("0.5")).contributionWeight())
			.isEqualByComparingTo("0.5");
	}

	@Test
	void removedItemsAndRetiredGoalsCannotBeLinked() {
		assertThatThrownBy(() -> Link.create(UUID.randomUUID(), item("PAY", ItemStatus.REMOVED),
				productGoal("PAY", GoalStatus.ACTIVE), "x", null))
			.hasMessage("Item PAY-7 is removed; only items in the backlog can be linked");
		assertThatThrownBy(() -> Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.RETIRED), "x", null))
			.hasMessage("Goal 'Goal of PAY' is retired; link work to goals in force");
	}

	@Test
	void theContributionWeightIsAShareOfTheItem() {
		assertThatThrownBy(() -> Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.ACTIVE), "x",
				new BigDecimal("1.5")))
			.hasMessage("contributionWeight must be above 0 and at most 1, was 1.5");
		assertThatThrownBy(() -> Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.ACTIVE), "x",
				BigDecimal.ZERO))
			.isInstanceOf(LinkRuleViolation.class);
	}

	@Test
	void unlinkingKeepsTheLinkInactiveAtTheNextVersionAndOnlyOnce() {
		Link link = Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.ACTIVE), "Checkout", null);

		Link removed = link.unlinked();

		assertThat(removed.active()).isFalse();
		assertThat(removed.version()).isEqualTo(2);
		assertThatThrownBy(removed::unlinked).hasMessage("Link " + link.id() + " was already removed");
	}

	@Test
	void aLinkCarriedToAPartOfTheItemKeepsGoalRationaleAndWeightAsANewLink() {
		Link link = Link.create(UUID.randomUUID(), PAY_7, productGoal("PAY", GoalStatus.ACTIVE), "Checkout",
				new BigDecimal("0.5"));
		UUID part = UUID.randomUUID();

		Link carried = link.carriedTo(UUID.randomUUID(), part);

		assertThat(carried.itemId()).isEqualTo(part);
		assertThat(carried.goalId()).isEqualTo(link.goalId());
		assertThat(carried.rationale()).isEqualTo("Checkout");
		assertThat(carried.contributionWeight()).isEqualByComparingTo("0.5");
		assertThat(carried.version()).isEqualTo(1);
		assertThat(carried.id()).isNotEqualTo(link.id());
	}

	static BacklogItem item(String product, ItemStatus status) {
		return new BacklogItem(UUID.randomUUID(), UUID.randomUUID(), product, product + "-7", "Pay", "PAY-CHECKOUT",
				BigDecimal.ONE, status, "m", 1);
	}

	static Goal productGoal(String product, GoalStatus status) {
		return new Goal(UUID.randomUUID(), GoalLevel.PRODUCT_GOAL, UUID.randomUUID(), UUID.randomUUID(), product,
				"Goal of " + product, null, status, 1, null, null, null, List.of(), 1);
	}

}
