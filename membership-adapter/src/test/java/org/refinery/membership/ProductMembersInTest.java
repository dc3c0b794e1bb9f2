package org.refinery.membership;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductMembersInTest {

	@Test
	void aPersonWithSeveralRolesKeepsEachOfThem() {
		UUID product = UUID.randomUUID();
		var changed = new ProductMembersChanged(UUID.randomUUID(), Instant.now(), product, product, 4,
				new Actor("paul-id", "paul"), "PAY",
				List.of(new ProductMember("paul", org.refinery.contracts.backlog.products.MemberRole.PRODUCT_OWNER, null),
						new ProductMember("tess", org.refinery.contracts.backlog.products.MemberRole.TEAM_MEMBER, "PAY-CHECKOUT"),
						new ProductMember("paul", org.refinery.contracts.backlog.products.MemberRole.TEAM_MEMBER, "PAY-LEDGER")));

		var members = ProductMembersIn.byUsername(changed);

		assertThat(members.get("paul")).containsExactly(new Membership("PAY", MemberRole.PRODUCT_OWNER, null),
				new Membership("PAY", MemberRole.TEAM_MEMBER, "PAY-LEDGER"));
		assertThat(members.get("tess")).containsExactly(new Membership("PAY", MemberRole.TEAM_MEMBER, "PAY-CHECKOUT"));
	}

	@Test
	void anOwnerOwnsOnlyTheirProductAndATeamMemberBelongsOnlyToTheirTeam() {
		var owner = new Membership("PAY", MemberRole.PRODUCT_OWNER, null);
		var member = new Membership("PAY", MemberRole.TEAM_MEMBER, "PAY-CHECKOUT");

		assertThat(owner.owns("PAY")).isTrue();
		assertThat(owner.owns("AUD")).isFalse();
		assertThat(member.owns("PAY")).isFalse();
		assertThat(member.belongsTo("PAY-CHECKOUT")).isTrue();
		assertThat(member.belongsTo("PAY-LEDGER")).isFalse();
		assertThat(new Membership("PAY", MemberRole.VIEWER, null).belongsTo("PAY-CHECKOUT")).isFalse();
	}

	@Test
	void onlyATeamMembershipNamesATeam() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Membership("PAY", MemberRole.TEAM_MEMBER, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Membership("PAY", MemberRole.VIEWER, "PAY-X"));
	}

}
