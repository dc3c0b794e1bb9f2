package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

	static final Caller GROUP_OWNER = new Caller("o", "paul", false, false, true, Set.of("PAY"), Set.of());

	static final Caller MEMBERSHIP_OWNER = new Caller("o2", "olga", false, false, false, Set.of(), Set.of(),
			List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));

	static final Caller TEAM_MEMBER = new Caller("t", "tess", false, false, false, Set.of("PAY"),
			Set.of("PAY-CHECKOUT"), List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-LEDGER")));

	static final Caller VIEWER = new Caller("v", "vic", false, false, false, Set.of(), Set.of(),
			List.of(new Membership("AUD", MemberRole.VIEWER, null)));

	@Test
	void aProductIsVisibleByGroupOrByAnyMembershipOfIt() {
		assertThat(GROUP_OWNER.canSee("PAY")).isTrue();
		assertThat(GROUP_OWNER.canSee("AUD")).isFalse();
		assertThat(VIEWER.canSee("AUD")).isTrue();
		assertThat(TEAM_MEMBER.visibleProducts()).containsExactlyInAnyOrder("PAY", "AUD");
		assertThat(new Caller("p", "pia", false, true, false, Set.of(), Set.of()).visibleProducts()).isNull();
	}

	@Test
	void anOwnerMembershipOwnsTheProductWithoutTheRealmRoleAndOtherMembershipsDoNot() {
		assertThat(MEMBERSHIP_OWNER.ownsProduct("AUD")).isTrue();
		assertThat(MEMBERSHIP_OWNER.ownsProduct("PAY")).isFalse();
		assertThat(GROUP_OWNER.ownsProduct("PAY")).isTrue();
		assertThat(TEAM_MEMBER.ownsProduct("AUD")).isFalse();
		assertThat(VIEWER.ownsProduct("AUD")).isFalse();
	}

	@Test
	void aTeamIsJoinedByGroupOrByATeamMembership() {
		assertThat(TEAM_MEMBER.isMemberOf("PAY-CHECKOUT")).isTrue();
		assertThat(TEAM_MEMBER.isMemberOf("AUD-LEDGER")).isTrue();
		assertThat(TEAM_MEMBER.isMemberOf("AUD-CHECKOUT")).isFalse();
		assertThat(VIEWER.isMemberOf("AUD-LEDGER")).isFalse();
		assertThat(TEAM_MEMBER.isMemberOf(null)).isFalse();
	}

}
