package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;
import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProductScopeTest {

	@Test
	void seeingEverythingIgnoresKeys() {
		assertThat(ProductScope.all().everything()).isTrue();
		assertThat(ProductScope.all().keys()).isEmpty();
		assertThat(ProductScope.all().isEmpty()).isFalse();
		assertThat(ProductScope.all().includes("PAY")).isTrue();
	}

	@Test
	void aScopeOfGrantedKeysCannotBeWidenedAfterwards() {
		var granted = new HashSet<>(Set.of("PAY"));
		var scope = ProductScope.only(granted);
		granted.add("SHOP");

		assertThat(scope.everything()).isFalse();
		assertThat(scope.keys()).containsExactly("PAY");
	}

	@Test
	void noGrantedKeysMeansNoProductsRatherThanAll() {
		assertThat(ProductScope.only(Set.of()).isEmpty()).isTrue();
	}

	@Test
	void anOwnerWithoutGroupsStillSeesTheProductsHisMembershipsName() {
		var olga = new Caller("sub-olga", "olga", false, false, true, Set.of(), Set.of(),
				List.of(new Membership("AUD", MemberRole.PRODUCT_OWNER, null)));

		assertThat(ProductScope.of(olga).isEmpty()).isFalse();
		assertThat(ProductScope.of(olga).keys()).containsExactly("AUD");
	}

	@Test
	void aCallerSeesTheUnionOfGroupsAndMembershipsAndThoseWhoSeeAllSeeEverything() {
		var tess = new Caller("sub-tess", "tess", false, false, false, Set.of("PAY"), Set.of("PAY-CHECKOUT"),
				List.of(new Membership("AUD", MemberRole.TEAM_MEMBER, "AUD-CORE")));
		var pia = new Caller("sub-pia", "pia", false, true, false, Set.of(), Set.of());

		assertThat(ProductScope.of(tess).keys()).containsExactlyInAnyOrder("PAY", "AUD");
		assertThat(ProductScope.of(pia).everything()).isTrue();
	}

}
