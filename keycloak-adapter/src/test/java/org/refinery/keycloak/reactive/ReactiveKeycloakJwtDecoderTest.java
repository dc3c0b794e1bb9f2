package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.KeycloakProperties;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reactive decoder validates exactly like the servlet one. */
class ReactiveKeycloakJwtDecoderTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	final ReactiveJwtDecoder decoder = new KeycloakReactiveAutoConfiguration()
		.keycloakReactiveJwtDecoder(KeycloakProperties.of(tokens.issuerUri(), "refinery-api"));

	@Test
	void aRealmTokenForTheAudienceIsAccepted() {
		assertThat(decoder.decode(tokens.pia().mint()).block().getClaimAsString("preferred_username")).isEqualTo("pia");
	}

	@Test
	void forgedExpiredForeignAudienceAndSubjectlessTokensAreRefused() {
		assertThatThrownBy(() -> decoder.decode(tokens.pia().signedWithForeignKey().mint()).block())
			.isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode(tokens.pia().expired().mint()).block())
			.isInstanceOf(JwtValidationException.class);
		assertThatThrownBy(() -> decoder.decode(tokens.pia().withoutAudience().mint()).block())
			.isInstanceOf(JwtValidationException.class);
		assertThatThrownBy(() -> decoder.decode(tokens.pia().issuer("http://elsewhere/realms/refinery").mint()).block())
			.isInstanceOf(JwtValidationException.class);
		assertThatThrownBy(() -> decoder.decode(tokens.pia().withoutSubject().mint()).block())
			.isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("no subject (sub) claim");
	}

}
