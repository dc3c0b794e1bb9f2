package org.refinery.alignment.goal;

import org.junit.jupiter.api.Test;

import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

	static final Caller ADMIN = new Caller("a", "ada", true, false, false, Set.of());

	static final Caller PORTFOLIO_MANAGER = new Caller("p", "pia", false, true, false, Set.of());

	static final Caller PRODUCT_OWNER = new Caller("o", "paul", false, false, true, Set.of("PAY"));

	static final Caller TEAM_MEMBER = new Caller("t", "tess", false, false, false, Set.of("PAY"));

	@Test
	void portfolioManagersAndAdministratorsSeeEveryProductOthersThoseTheirGroupsGrant() {
		assertThat(PORTFOLIO_MANAGER.canSee("SHOP")).isTrue();
		assertThat(ADMIN.visibleProducts()).isNull();
		assertThat(PRODUCT_OWNER.canSee("PAY")).isTrue();
		assertThat(PRODUCT_OWNER.canSee("SHOP")).isFalse();
		assertThat(TEAM_MEMBER.visibleProducts()).containsExactly("PAY");
	}

	@Test
	void onlyPortfolioManagersAndAdministratorsSetTheStrategy() {
		assertThat(PORTFOLIO_MANAGER.managesStrategy()).isTrue();
		assertThat(ADMIN.managesStrategy()).isTrue();
		assertThat(PRODUCT_OWNER.managesStrategy()).isFalse();
	}

	@Test
	void productGoalsAreSetByOwnersOfThatProductPortfolioManagersAndAdministrators() {
		assertThat(PRODUCT_OWNER.managesGoalsOf("PAY")).isTrue();
		assertThat(PRODUCT_OWNER.managesGoalsOf("SHOP")).isFalse();
		assertThat(TEAM_MEMBER.managesGoalsOf("PAY")).isFalse();
		assertThat(PORTFOLIO_MANAGER.managesGoalsOf("PAY")).isTrue();
		assertThat(ADMIN.managesGoalsOf("PAY")).isTrue();
	}

	@Test
	void itemsAreLinkedByOwnersOfTheirProductAndPortfolioManagersButNotByTeamMembers() {
		assertThat(PRODUCT_OWNER.linksWorkOf("PAY")).isTrue();
		assertThat(PRODUCT_OWNER.linksWorkOf("SHOP")).isFalse();
		assertThat(PORTFOLIO_MANAGER.linksWorkOf("SHOP")).isTrue();
		assertThat(TEAM_MEMBER.linksWorkOf("PAY")).isFalse();
	}

	@Test
	void anOwnerMembershipOwnsTheProductWithoutTheRealmRoleAndAnyMembershipShowsIt() {
		var owner = new Caller("o", "olga", false, false, false, Set.of(),
				List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));
		var viewer = new Caller("v", "vic", false, false, false, Set.of("PAY"),
				List.of(new Membership("AUD", MemberRole.VIEWER, null)));

		assertThat(owner.canSee("AUD")).isTrue();
		assertThat(owner.managesGoalsOf("AUD")).isTrue();
		assertThat(owner.linksWorkOf("AUD")).isTrue();
		assertThat(owner.managesGoalsOf("PAY")).isFalse();
		assertThat(viewer.visibleProducts()).containsExactlyInAnyOrder("PAY", "AUD");
		assertThat(viewer.managesGoalsOf("AUD")).isFalse();
		assertThat(viewer.linksWorkOf("AUD")).isFalse();
	}

}
