package org.refinery.alignment.goal;

import org.junit.jupiter.api.Test;
import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GoalRulesTest {

	static final Caller ADMIN = new Caller("a", "ada", true, false, false, Set.of(), Set.of());

	static final Caller PORTFOLIO_MANAGER = new Caller("p", "pia", false, true, false, Set.of(), Set.of());

	static final Caller PRODUCT_OWNER = new Caller("o", "paul", false, false, true, Set.of("PAY"), Set.of());

	static final Caller TEAM_MEMBER = new Caller("t", "tess", false, false, false, Set.of("PAY"), Set.of());

	@Test
	void onlyPortfolioManagersAndAdministratorsSetTheStrategy() {
		assertThat(GoalRules.managesStrategy(PORTFOLIO_MANAGER)).isTrue();
		assertThat(GoalRules.managesStrategy(ADMIN)).isTrue();
		assertThat(GoalRules.managesStrategy(PRODUCT_OWNER)).isFalse();
	}

	@Test
	void productGoalsAreSetByOwnersOfThatProductPortfolioManagersAndAdministrators() {
		assertThat(GoalRules.managesGoalsOf(PRODUCT_OWNER, "PAY")).isTrue();
		assertThat(GoalRules.managesGoalsOf(PRODUCT_OWNER, "SHOP")).isFalse();
		assertThat(GoalRules.managesGoalsOf(TEAM_MEMBER, "PAY")).isFalse();
		assertThat(GoalRules.managesGoalsOf(PORTFOLIO_MANAGER, "PAY")).isTrue();
		assertThat(GoalRules.managesGoalsOf(ADMIN, "PAY")).isTrue();
	}

	@Test
	void anOwnerMembershipSetsTheProductsGoalsWithoutTheRealmRoleAndAViewerMembershipDoesNot() {
		var owner = new Caller("o", "olga", false, false, false, Set.of(), Set.of(),
				List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));
		var viewer = new Caller("v", "vic", false, false, false, Set.of("PAY"), Set.of(),
				List.of(new Membership("AUD", MemberRole.VIEWER, null)));

		assertThat(GoalRules.managesGoalsOf(owner, "AUD")).isTrue();
		assertThat(GoalRules.managesGoalsOf(owner, "PAY")).isFalse();
		assertThat(GoalRules.managesGoalsOf(viewer, "AUD")).isFalse();
	}

	@Test
	void theAuthorOfAChangeIsTheCallersSubjectAndName() {
		assertThat(Actor.of(PRODUCT_OWNER)).isEqualTo(new Actor("o", "paul"));
	}

}
