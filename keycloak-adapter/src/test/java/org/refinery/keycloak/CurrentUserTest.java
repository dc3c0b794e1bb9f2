package org.refinery.keycloak;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the caller is and what the realm lets them see. */
class CurrentUserTest {

	static Map<String, Object> tess() {
		return Map.of("sub", "0b6f1c1e-7d0a-4a38-9d51-3f6b1c2d9e01", "preferred_username", "tess", "name",
				"Tess Nakamura", "realm_access", Map.of("roles", List.of("team-member", "offline_access")),
				"resource_access", Map.of("account", Map.of("roles", List.of("view-profile"))), "groups",
				List.of("/products/PAY", "/teams/PAY-CHECKOUT", "/staff"));
	}

	@Test
	void theUserIsIdentifiedBySubjectAndNamedByPreferredUsername() {
		CurrentUser user = CurrentUser.fromClaims(tess());

		assertThat(user.id()).isEqualTo("0b6f1c1e-7d0a-4a38-9d51-3f6b1c2d9e01");
		assertThat(user.username()).isEqualTo("tess");
		assertThat(user.name()).isEqualTo("Tess Nakamura");
		assertThat(user.realmRoles()).containsExactly("team-member", "offline_access");
		assertThat(user.clientRoles()).containsEntry("account", Set.of("view-profile"));
		assertThat(user.teams()).containsExactly("PAY-CHECKOUT");
		assertThat(user.products()).containsExactly("PAY");
	}

	@Test
	void withoutPreferredUsernameTheSubjectIsTheUsernameAndTheNameMayBeAbsent() {
		CurrentUser user = CurrentUser.fromClaims(Map.of("sub", "service-account-42"));

		assertThat(user.username()).isEqualTo("service-account-42");
		assertThat(user.name()).isNull();
		assertThat(user.realmRoles()).isEmpty();
		assertThat(user.teams()).isEmpty();
		assertThat(user.products()).isEmpty();
	}

	@Test
	void claimsWithoutSubjectCannotDescribeAUser() {
		assertThatThrownBy(() -> CurrentUser.fromClaims(Map.of("preferred_username", "tess")))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("sub");
	}

	@Test
	void aTeamMemberSeesOnlyTheProductsHerGroupsGrant() {
		CurrentUser tess = CurrentUser.fromClaims(tess());

		assertThat(tess.seesAllProducts()).isFalse();
		assertThat(tess.canSee("PAY")).isTrue();
		assertThat(tess.canSee("SHOP")).isFalse();
		assertThat(tess.canSee("pay")).as("keys are compared as written").isFalse();
		assertThat(tess.isMemberOf("PAY-CHECKOUT")).isTrue();
		assertThat(tess.isMemberOf("PAY-LEDGER")).isFalse();
		assertThat(tess.hasRole(Roles.TEAM_MEMBER)).isTrue();
		assertThat(tess.isAdmin() || tess.isPortfolioManager() || tess.isProductOwner()).isFalse();
	}

	@Test
	void adminsAndPortfolioManagersSeeEveryProductWithoutGroups() {
		CurrentUser ada = user(Roles.ADMIN);
		CurrentUser pia = user(Roles.PORTFOLIO_MANAGER);

		assertThat(ada.isAdmin()).isTrue();
		assertThat(pia.isPortfolioManager()).isTrue();
		assertThat(List.of(ada, pia)).allSatisfy(user -> {
			assertThat(user.seesAllProducts()).isTrue();
			assertThat(user.canSee("SHOP")).isTrue();
			assertThat(user.isMemberOf("SHOP-CART")).isFalse();
		});
	}

	@Test
	void aProductOwnerSeesOnlyTheProductsHerGroupsGrant() {
		CurrentUser paul = new CurrentUser("p", "paul", null, Set.of(Roles.PRODUCT_OWNER), Map.of(), Set.of(),
				Set.of("PAY"));

		assertThat(paul.isProductOwner()).isTrue();
		assertThat(paul.seesAllProducts()).isFalse();
		assertThat(paul.canSee("PAY")).isTrue();
		assertThat(paul.canSee("SHOP")).isFalse();
	}

	@Test
	void clientRolesAreAskedPerClient() {
		CurrentUser tess = CurrentUser.fromClaims(tess());

		assertThat(tess.hasClientRole("account", "view-profile")).isTrue();
		assertThat(tess.hasClientRole("refinery-api", "view-profile")).isFalse();
	}

	@Test
	void aUserNeverChangesAfterCreation() {
		Set<String> products = new HashSet<>(Set.of("PAY"));
		CurrentUser user = new CurrentUser("u", null, null, null, null, null, products);
		products.add("SHOP");

		assertThat(user.username()).isEqualTo("u");
		assertThat(user.products()).containsExactly("PAY");
		assertThatThrownBy(() -> user.products().add("SHOP")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> user.realmRoles().add(Roles.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
	}

	private static CurrentUser user(String role) {
		return new CurrentUser("id-" + role, role, null, Set.of(role), Map.of(), Set.of(), Set.of());
	}

}
