package org.refinery.keycloak.servlet;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.KeycloakProperties;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The servlet decoder against the test realm's JWKS: what it accepts and what it refuses. */
class KeycloakJwtDecoderTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	final JwtDecoder withAudience = decoder("refinery-api");

	final JwtDecoder withoutAudience = decoder(null);

	static JwtDecoder decoder(String audience) {
		return new KeycloakServletAutoConfiguration()
			.keycloakJwtDecoder(KeycloakProperties.of(tokens.issuerUri(), audience));
	}

	@Test
	void aRealmTokenForTheAudienceIsAccepted() {
		var jwt = withAudience.decode(tokens.tess().mint());

		assertThat(jwt.getSubject()).isNotBlank();
		assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("tess");
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		String token = tokens.tess().issuer("http://127.0.0.1:8180/realms/other").mint();

		assertThatThrownBy(() -> withAudience.decode(token)).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("iss");
	}

	@Test
	void anIssuerConfiguredWithATrailingSlashStillMatches() {
		var decoder = new KeycloakServletAutoConfiguration()
			.keycloakJwtDecoder(KeycloakProperties.of(URI.create(tokens.issuerUri() + "/"), null));

		assertThat(decoder.decode(tokens.vic().mint()).getSubject()).isNotBlank();
	}

	@Test
	void whenAnAudienceIsConfiguredATokenWithoutItIsRefused() {
		assertThatThrownBy(() -> withAudience.decode(tokens.tess().withoutAudience().mint()))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("aud");
		assertThatThrownBy(() -> withAudience.decode(tokens.tess().audience("account").mint()))
			.isInstanceOf(JwtValidationException.class);
	}

	@Test
	void aTokenListingTheAudienceAmongOthersIsAccepted() {
		assertThat(withAudience.decode(tokens.tess().audience("account", "refinery-api").mint()).getAudience())
			.contains("refinery-api");
	}

	@Test
	void whenNoAudienceIsConfiguredTokensWithoutOneAreAccepted() {
		assertThat(withoutAudience.decode(tokens.tess().withoutAudience().mint()).getAudience()).isNullOrEmpty();
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertThatThrownBy(() -> withAudience.decode(tokens.tess().expired().mint()))
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
		String token = tokens.tess().expiresIn(Duration.ofSeconds(-10)).mint();

		assertThat(withAudience.decode(token).getSubject()).isNotBlank();
	}

	@Test
	void aTokenSignedWithAForeignKeyIsRefused() {
		assertThatThrownBy(() -> withAudience.decode(tokens.tess().signedWithForeignKey().mint()))
			.isInstanceOf(BadJwtException.class)
			.hasMessageContaining("signature");
	}

	@Test
	void aTokenWithoutSubjectIsRefusedWithAClearDescription() {
		assertThatThrownBy(() -> withAudience.decode(tokens.tess().withoutSubject().mint()))
			.isInstanceOfSatisfying(JwtValidationException.class,
					ex -> assertThat(ex.getErrors()).anySatisfy(error -> {
						assertThat(error.getErrorCode()).isEqualTo("invalid_token");
						assertThat(error.getDescription()).contains("no subject (sub) claim");
					}));
	}

	@Test
	void aTokenNotYetValidIsRefused() {
		String token = tokens.tess().claim("nbf", java.time.Instant.now().plusSeconds(600).getEpochSecond()).mint();

		assertThatThrownBy(() -> withAudience.decode(token)).isInstanceOf(JwtValidationException.class);
	}

}
