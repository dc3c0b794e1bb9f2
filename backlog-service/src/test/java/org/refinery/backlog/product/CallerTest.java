package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

	@Test
	void effectiveAccessIsTheUnionOfGroupsAndMemberships() {
		var tess = new Caller("sub-tess", "tess", false, false, false, Set.of("PAY"), Set.of("PAY-CHECKOUT"),
				List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-CORE")));

		assertThat(tess.scope().keys()).containsExactlyInAnyOrder("PAY", "AUD");
		assertThat(tess.isMemberOf("PAY-CHECKOUT")).isTrue();
		assertThat(tess.isMemberOf("AUD-CORE")).isTrue();
		assertThat(tess.isMemberOf("AUD-OTHER")).isFalse();
		assertThat(tess.mayManage("AUD")).isFalse();
	}

	@Test
	void anOwnerMembershipManagesWithoutTheRealmRole() {
		var olga = new Caller("sub-olga", "olga", false, false, false, Set.of(), Set.of(),
				List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));

		assertThat(olga.mayManage("AUD")).isTrue();
		assertThat(olga.mayManage("PAY")).isFalse();
	}

	@Test
	void aProductGroupManagesOnlyWithTheProductOwnerRealmRole() {
		var paul = new Caller("sub-paul", "paul", false, false, true, Set.of("PAY"), Set.of());
		var vic = new Caller("sub-vic", "vic", false, false, false, Set.of("PAY"), Set.of());

		assertThat(paul.mayManage("PAY")).isTrue();
		assertThat(vic.mayManage("PAY")).isFalse();
	}

	@Test
	void aViewerMembershipSeesButNeitherManagesNorJoinsATeam() {
		var vic = new Caller("sub-vic", "vic", false, false, false, Set.of(), Set.of(),
				List.of(new Membership("AUD", MemberRole.VIEWER, null)));

		assertThat(vic.scope().includes("AUD")).isTrue();
		assertThat(vic.mayManage("AUD")).isFalse();
		assertThat(vic.isMemberOf("AUD-CORE")).isFalse();
	}

}
