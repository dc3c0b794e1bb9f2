package org.refinery.membership;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

	static final Caller ADMIN = new Caller("a", "ada", true, false, false, Set.of(), Set.of());

	static final Caller PORTFOLIO_MANAGER = new Caller("p", "pia", false, true, false, Set.of(), Set.of());

	static final Caller GROUP_OWNER = new Caller("o", "paul", false, false, true, Set.of("PAY"), Set.of());

	static final Caller GROUP_VIEWER = new Caller("g", "gus", false, false, false, Set.of("PAY"), Set.of());

	static final Caller MEMBERSHIP_OWNER = new Caller("o2", "olga", false, false, false, Set.of(), Set.of(),
			List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));

	static final Caller TEAM_MEMBER = new Caller("t", "tess", false, false, false, Set.of("PAY"),
			Set.of("PAY-CHECKOUT"), List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-LEDGER")));

	static final Caller VIEWING_PRODUCT_OWNER = new Caller("v", "vic", false, false, true, Set.of("PAY"), Set.of(),
			List.of(new Membership("AUD", MemberRole.VIEWER, null)));

	@Test
	void aProductIsVisibleByGroupByAnyMembershipOfItOrToThoseWhoSeeAll() {
		assertThat(GROUP_OWNER.canSee("PAY")).isTrue();
		assertThat(GROUP_OWNER.canSee("AUD")).isFalse();
		assertThat(VIEWING_PRODUCT_OWNER.canSee("AUD")).isTrue();
		assertThat(TEAM_MEMBER.visibleProducts()).containsExactlyInAnyOrder("PAY", "AUD");
		assertThat(PORTFOLIO_MANAGER.canSee("SHOP")).isTrue();
		assertThat(PORTFOLIO_MANAGER.visibleProducts()).isNull();
		assertThat(ADMIN.visibleProducts()).isNull();
		assertThat(GROUP_OWNER.seesAllProducts()).isFalse();
	}

	@Test
	void anOwnerMembershipOwnsTheProductButAViewerMembershipNeverMakesTheRealmRoleOwnIt() {
		assertThat(MEMBERSHIP_OWNER.ownsProduct("AUD")).isTrue();
		assertThat(MEMBERSHIP_OWNER.ownsProduct("PAY")).isFalse();
		assertThat(GROUP_OWNER.ownsProduct("PAY")).isTrue();
		assertThat(VIEWING_PRODUCT_OWNER.ownsProduct("AUD")).isFalse();
		assertThat(TEAM_MEMBER.ownsProduct("AUD")).isFalse();
	}

	@Test
	void aProductGroupOwnsOnlyWithTheProductOwnerRealmRole() {
		assertThat(GROUP_OWNER.ownsProduct("PAY")).isTrue();
		assertThat(GROUP_VIEWER.ownsProduct("PAY")).isFalse();
	}

	@Test
	void administratorsOwnEveryProductAndPortfolioManagersNone() {
		assertThat(ADMIN.ownsProduct("SHOP")).isTrue();
		assertThat(PORTFOLIO_MANAGER.ownsProduct("SHOP")).isFalse();
	}

	@Test
	void aTeamIsJoinedByGroupOrByATeamMembership() {
		assertThat(TEAM_MEMBER.isMemberOf("PAY-CHECKOUT")).isTrue();
		assertThat(TEAM_MEMBER.isMemberOf("AUD-LEDGER")).isTrue();
		assertThat(TEAM_MEMBER.isMemberOf("AUD-CHECKOUT")).isFalse();
		assertThat(VIEWING_PRODUCT_OWNER.isMemberOf("AUD-LEDGER")).isFalse();
		assertThat(TEAM_MEMBER.isMemberOf(null)).isFalse();
	}

}
