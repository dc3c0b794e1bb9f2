package org.refinery.keycloak;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Keycloak's claim shapes, and what malformed ones yield: nothing, never an exception. */
class KeycloakClaimsTest {

	@Test
	void realmRolesComeFromRealmAccessRoles() {
		var claims = KeycloakClaims.of(Map.of("realm_access", Map.of("roles", List.of("team-member", "viewer"))));

		assertThat(claims.realmRoles()).containsExactly("team-member", "viewer");
	}

	@Test
	void aTokenWithoutRealmAccessHasNoRealmRoles() {
		assertThat(KeycloakClaims.of(Map.of("sub", "u1")).realmRoles()).isEmpty();
	}

	@Test
	void realmAccessThatIsNotAnObjectYieldsNoRoles() {
		assertThat(KeycloakClaims.of(Map.of("realm_access", "team-member")).realmRoles()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("realm_access", List.of("team-member"))).realmRoles()).isEmpty();
	}

	@Test
	void rolesThatAreNotAListYieldNoRoles() {
		assertThat(KeycloakClaims.of(Map.of("realm_access", Map.of("roles", "team-member"))).realmRoles()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("realm_access", Map.of("roles", Map.of("a", "b")))).realmRoles())
			.isEmpty();
	}

	@Test
	void entriesThatAreNotTextOrAreBlankAreSkipped() {
		var roles = Arrays.asList("viewer", 42, null, Map.of("x", 1), " ", "product-owner");

		var claims = KeycloakClaims.of(Map.of("realm_access", Map.of("roles", roles)));

		assertThat(claims.realmRoles()).containsExactly("viewer", "product-owner");
	}

	@Test
	void rolesMayArriveAsAnArray() {
		var claims = KeycloakClaims.of(Map.of("realm_access", Map.of("roles", new String[] { "viewer" })));

		assertThat(claims.realmRoles()).containsExactly("viewer");
	}

	@Test
	void clientRolesComeFromResourceAccessPerClient() {
		var claims = KeycloakClaims.of(Map.of("resource_access",
				Map.of("refinery-api", Map.of("roles", List.of("importer")), "account",
						Map.of("roles", List.of("view-profile")))));

		assertThat(claims.clientRoles()).containsOnly(entry("refinery-api", java.util.Set.of("importer")),
				entry("account", java.util.Set.of("view-profile")));
	}

	@Test
	void resourceAccessOfTheWrongShapeYieldsNoClientRoles() {
		assertThat(KeycloakClaims.of(Map.of("resource_access", "refinery-api")).clientRoles()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("resource_access", List.of("refinery-api"))).clientRoles()).isEmpty();
	}

	@Test
	void aClientEntryOfTheWrongShapeIsSkippedWhileOthersCount() {
		Map<String, Object> access = new HashMap<>();
		access.put("broken", "importer");
		access.put("no-roles", Map.of("other", List.of("x")));
		access.put("roles-not-a-list", Map.of("roles", "importer"));
		access.put("refinery-api", Map.of("roles", List.of("importer")));

		var claims = KeycloakClaims.of(Map.of("resource_access", access));

		assertThat(claims.clientRoles()).containsOnlyKeys("refinery-api");
	}

	@Test
	void teamAndProductKeysComeFromFullGroupPathsAsWritten() {
		var claims = KeycloakClaims.of(Map.of("groups", List.of("/teams/PAY-CHECKOUT", "/products/PAY",
				"/teams/shop-cart", "/products/SHOP")));

		assertThat(claims.groupKeys(KeycloakClaims.TEAM_GROUPS)).containsExactly("PAY-CHECKOUT", "shop-cart");
		assertThat(claims.groupKeys(KeycloakClaims.PRODUCT_GROUPS)).containsExactly("PAY", "SHOP");
	}

	@Test
	void nestedAndUnrelatedGroupsGrantNoTeamOrProduct() {
		var claims = KeycloakClaims.of(Map.of("groups", List.of("/teams/PAY-CHECKOUT/leads", "/teams/", "/teams",
				"/admins", "teams/PAY-LEDGER", "/products/PAY/archive", "PAY")));

		assertThat(claims.groupKeys(KeycloakClaims.TEAM_GROUPS)).isEmpty();
		assertThat(claims.groupKeys(KeycloakClaims.PRODUCT_GROUPS)).isEmpty();
		assertThat(claims.groups()).hasSize(7);
	}

	@Test
	void absentEmptyOrMistypedGroupsGrantNothing() {
		assertThat(KeycloakClaims.of(Map.of()).groups()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("groups", List.of())).groups()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("groups", "/teams/PAY-CHECKOUT")).groups()).isEmpty();
		assertThat(KeycloakClaims.of(Map.of("groups", Map.of("/teams/PAY-CHECKOUT", true))).groups()).isEmpty();
	}

	@Test
	void noClaimsAtAllMeansNothingGranted() {
		var claims = KeycloakClaims.of(null);

		assertThat(claims.realmRoles()).isEmpty();
		assertThat(claims.clientRoles()).isEmpty();
		assertThat(claims.groups()).isEmpty();
	}

	@Test
	void aMissingSubjectIsRefusedAsAnInvalidBearerToken() {
		assertThatThrownBy(() -> KeycloakClaims.of(Map.of("preferred_username", "tess")).subject())
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("no subject (sub) claim");
		assertThatThrownBy(() -> KeycloakClaims.of(Map.of("sub", " ")).subject())
			.isInstanceOf(InvalidBearerTokenException.class);
		assertThatThrownBy(() -> KeycloakClaims.of(Map.of("sub", 42)).subject())
			.isInstanceOf(InvalidBearerTokenException.class);
	}

}
