package org.refinery.keycloak.test;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test realm serves what Keycloak serves and mints what Keycloak mints. */
@SuppressWarnings("unchecked")
class KeycloakTokensTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Test
	void theIssuerIsARealmOnLoopback() {
		assertThat(tokens.issuerUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/realms/refinery");
		assertThat(KeycloakTokens.shared()).isSameAs(tokens);
	}

	@Test
	void theJwksAndTheDiscoveryDocumentAreServed() throws Exception {
		var jwks = fetch(tokens.jwkSetUri());
		var discovery = fetch(URI.create(tokens.issuerUri() + "/.well-known/openid-configuration"));

		assertThat(jwks).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
		assertThat(discovery).contains("\"issuer\":\"" + tokens.issuerUri() + "\"",
				"\"jwks_uri\":\"" + tokens.jwkSetUri() + "\"");
	}

	@Test
	void aMintedTokenIsShapedLikeKeycloaks() throws Exception {
		var jwt = SignedJWT.parse(tokens.tess().mint());
		var claims = jwt.getJWTClaimsSet();

		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
		assertThat(claims.getIssuer()).isEqualTo(tokens.issuerUri().toString());
		assertThat(claims.getSubject()).isEqualTo(SignedJWT.parse(tokens.forUser("tess").mint()).getJWTClaimsSet()
			.getSubject());
		assertThat(claims.getAudience()).containsExactly(KeycloakTokens.API_AUDIENCE);
		assertThat(claims.getStringClaim("azp")).isEqualTo("refinery-cli");
		assertThat(claims.getStringClaim("typ")).isEqualTo("Bearer");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("tess");
		assertThat(claims.getStringClaim("email")).isEqualTo("tess@example.com");
		assertThat(claims.getJSONObjectClaim("realm_access")).containsKey("roles");
		assertThat((List<Object>) claims.getJSONObjectClaim("realm_access").get("roles")).contains("team-member",
				"default-roles-refinery");
		assertThat(claims.getJSONObjectClaim("resource_access")).containsKey("account");
		assertThat(claims.getStringListClaim("groups")).containsExactly("/products/PAY", "/teams/PAY-CHECKOUT");
		assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
	}

	@Test
	void claimsCanBeMalformedOrRemovedOnPurpose() throws Exception {
		var claims = SignedJWT
			.parse(tokens.forUser("x").claim("realm_access", "broken").withoutClaim("resource_access").mint())
			.getJWTClaimsSet();

		assertThat(claims.getClaim("realm_access")).isEqualTo("broken");
		assertThat(claims.getClaims()).doesNotContainKeys("resource_access", "groups");
		assertThat(claims.getClaims()).containsEntry("preferred_username", "x");
	}

	@Test
	void aPrivateRealmHasItsOwnPortAndStopsWhenClosed() {
		KeycloakTokens realm = KeycloakTokens.start();
		URI certs = realm.jwkSetUri();
		assertThat(certs.getPort()).isNotEqualTo(tokens.jwkSetUri().getPort());

		realm.close();

		assertThatThrownBy(() -> fetch(certs)).isInstanceOf(java.io.IOException.class);
	}

	@Test
	void closingTheSharedRealmLeavesItServing() throws Exception {
		tokens.close();

		assertThat(fetch(tokens.jwkSetUri())).contains("keys");
	}

	private static String fetch(URI uri) throws Exception {
		try (var client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
		}
	}

}
