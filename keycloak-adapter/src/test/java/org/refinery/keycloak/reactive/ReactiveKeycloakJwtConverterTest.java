package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.KeycloakAuthentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reactive converter yields the same authentication as the servlet one, as a signal. */
class ReactiveKeycloakJwtConverterTest {

	final ReactiveKeycloakJwtConverter converter = new ReactiveKeycloakJwtConverter();

	static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims)).build();
	}

	@Test
	void aKeycloakTokenBecomesAKeycloakAuthenticationWithItsAuthorities() {
		var token = jwt(Map.of("sub", "u-7", "preferred_username", "theo", "realm_access",
				Map.of("roles", List.of("team-member")), "resource_access",
				Map.of("refinery-api", Map.of("roles", List.of("importer"))), "groups",
				List.of("/teams/PAY-LEDGER", "/products/PAY"), "scope", "profile"));

		var authentication = converter.convert(token).block();

		assertThat(authentication).isInstanceOfSatisfying(KeycloakAuthentication.class, keycloak -> {
			assertThat(keycloak.getName()).isEqualTo("theo");
			assertThat(keycloak.currentUser().teams()).containsExactly("PAY-LEDGER");
			assertThat(keycloak.currentUser().products()).containsExactly("PAY");
		});
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_team-member", "ROLE_refinery-api:importer", "GROUP_/teams/PAY-LEDGER",
					"GROUP_/products/PAY", "SCOPE_profile");
	}

	@Test
	void aTokenWithoutSubjectBecomesAnErrorSignalNotAThrow() {
		var conversion = converter.convert(jwt(Map.of("preferred_username", "theo")));

		assertThatThrownBy(conversion::block).isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("no subject (sub) claim");
	}

}
