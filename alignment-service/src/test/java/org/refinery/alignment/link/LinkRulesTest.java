package org.refinery.alignment.link;

import org.junit.jupiter.api.Test;
import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkRulesTest {

	static final Caller PORTFOLIO_MANAGER = new Caller("p", "pia", false, true, false, Set.of(), Set.of());

	static final Caller PRODUCT_OWNER = new Caller("o", "paul", false, false, true, Set.of("PAY"), Set.of());

	static final Caller TEAM_MEMBER = new Caller("t", "tess", false, false, false, Set.of("PAY"), Set.of("PAY-CORE"));

	@Test
	void itemsAreLinkedByOwnersOfTheirProductAndPortfolioManagersButNotByTeamMembers() {
		assertThat(LinkRules.linksWorkOf(PRODUCT_OWNER, "PAY")).isTrue();
		assertThat(LinkRules.linksWorkOf(PRODUCT_OWNER, "SHOP")).isFalse();
		assertThat(LinkRules.linksWorkOf(PORTFOLIO_MANAGER, "SHOP")).isTrue();
		assertThat(LinkRules.linksWorkOf(TEAM_MEMBER, "PAY")).isFalse();
	}

	@Test
	void anOwnerMembershipLinksWithoutTheRealmRoleAndAViewerMembershipDoesNot() {
		var owner = new Caller("o", "olga", false, false, false, Set.of(), Set.of(),
				List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));
		var viewer = new Caller("v", "vic", false, false, true, Set.of("PAY"), Set.of(),
				List.of(new Membership("AUD", MemberRole.VIEWER, null)));

		assertThat(LinkRules.linksWorkOf(owner, "AUD")).isTrue();
		assertThat(LinkRules.linksWorkOf(viewer, "AUD")).isFalse();
	}

}
