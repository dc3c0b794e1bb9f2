package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProductScopeTest {

	@Test
	void seeingEverythingIgnoresKeysAndOwnership() {
		assertThat(ProductScope.all().everything()).isTrue();
		assertThat(ProductScope.all().keys()).isEmpty();
		assertThat(ProductScope.all().ownerSubject()).isNull();
		assertThat(ProductScope.all().isEmpty()).isFalse();
	}

	@Test
	void aScopeOfGrantedKeysCannotBeWidenedAfterwards() {
		var granted = new HashSet<>(Set.of("PAY"));
		var scope = ProductScope.only(granted, "sub-tess");
		granted.add("SHOP");

		assertThat(scope.everything()).isFalse();
		assertThat(scope.keys()).containsExactly("PAY");
	}

	@Test
	void noGrantedKeysAndNoOwnerMeansNoProductsRatherThanAll() {
		assertThat(ProductScope.only(Set.of(), null).isEmpty()).isTrue();
	}

	@Test
	void anOwnerWithoutGroupsStillSeesTheProductsHeOwns() {
		var scope = ProductScope.only(Set.of(), "sub-olga");
		assertThat(scope.isEmpty()).isFalse();
		assertThat(scope.ownerSubject()).isEqualTo("sub-olga");
	}

}
