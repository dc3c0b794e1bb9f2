package org.refinery.keycloak;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which authorities a Keycloak token grants, and the authentication it becomes. */
class KeycloakJwtConverterTest {

	final KeycloakJwtConverter converter = new KeycloakJwtConverter();

	static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims)).build();
	}

	static Map<String, Object> tess() {
		Map<String, Object> claims = new HashMap<>(CurrentUserTest.tess());
		claims.put("resource_access", Map.of("refinery-api", Map.of("roles", List.of("importer"))));
		claims.put("scope", "openid profile email");
		return claims;
	}

	@Test
	void realmRolesBecomeRoleAuthorities() {
		assertThat(authorities(converter.convert(jwt(tess())).getAuthorities())).contains("ROLE_team-member",
				"ROLE_offline_access");
	}

	@Test
	void clientRolesBecomeRoleAuthoritiesQualifiedByClient() {
		assertThat(authorities(converter.convert(jwt(tess())).getAuthorities())).contains("ROLE_refinery-api:importer");
	}

	@Test
	void everyGroupBecomesAGroupAuthorityWithItsFullPath() {
		assertThat(authorities(converter.convert(jwt(tess())).getAuthorities())).contains("GROUP_/products/PAY",
				"GROUP_/teams/PAY-CHECKOUT", "GROUP_/staff");
	}

	@Test
	void scopesBecomeScopeAuthoritiesAsSpringSecurityDerivesThem() {
		assertThat(authorities(converter.convert(jwt(tess())).getAuthorities())).contains("SCOPE_openid",
				"SCOPE_profile", "SCOPE_email");
	}

	@Test
	void theAuthenticationIsNamedByUsernameAndCarriesTheUser() {
		KeycloakAuthentication authentication = converter.convert(jwt(tess()));

		assertThat(authentication.getName()).isEqualTo("tess");
		assertThat(authentication.isAuthenticated()).isTrue();
		assertThat(authentication.currentUser().teams()).containsExactly("PAY-CHECKOUT");
		assertThat(authentication.getToken().getSubject()).isEqualTo("0b6f1c1e-7d0a-4a38-9d51-3f6b1c2d9e01");
	}

	@Test
	void aTokenWithMalformedKeycloakClaimsGrantsOnlyItsScopes() {
		KeycloakAuthentication authentication = converter.convert(jwt(Map.of("sub", "u1", "realm_access", "x",
				"resource_access", List.of(1, 2), "groups", 7, "scope", "openid")));

		assertThat(authorities(authentication.getAuthorities())).containsExactly("SCOPE_openid");
		assertThat(authentication.getName()).isEqualTo("u1");
	}

	@Test
	void aTokenWithoutSubjectIsRefusedClearly() {
		assertThatThrownBy(() -> converter.convert(jwt(Map.of("preferred_username", "tess"))))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("no subject (sub) claim");
	}

	@Test
	void theUserBehindAnyJwtAuthenticationCanBeAsked() {
		var plain = new JwtAuthenticationToken(jwt(tess()), List.of());
		var anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		assertThat(KeycloakAuthentication.currentUserOf(converter.convert(jwt(tess()))))
			.hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("tess"));
		assertThat(KeycloakAuthentication.currentUserOf(plain))
			.hasValueSatisfying(user -> assertThat(user.products()).containsExactly("PAY"));
		assertThat(KeycloakAuthentication.currentUserOf(anonymous)).isEmpty();
		assertThat(KeycloakAuthentication.currentUserOf(null)).isEmpty();
	}

	private static List<String> authorities(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).toList();
	}

}
