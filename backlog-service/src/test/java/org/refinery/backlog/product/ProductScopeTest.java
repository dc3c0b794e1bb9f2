package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;

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

		assertThat(olga.scope().isEmpty()).isFalse();
		assertThat(olga.scope().keys()).containsExactly("AUD");
	}

}
