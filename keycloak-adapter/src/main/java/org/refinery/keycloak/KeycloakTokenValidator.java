package org.refinery.keycloak;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.util.ArrayList;
import java.util.List;

/**
 * What a signed token must also satisfy to be accepted: not expired and already valid (with the
 * configured clock skew), issued by the configured realm, naming the configured audience when one
 * is set, and identifying a user ({@code sub}). Spring Security's defaults (token type, X.509
 * binding) apply too. Signature checking is the decoder's part.
 */
public final class KeycloakTokenValidator implements OAuth2TokenValidator<Jwt> {

	static final String NO_SUBJECT = "The token has no subject (sub) claim, so it identifies no user of the realm";

	private final OAuth2TokenValidator<Jwt> delegate;

	/** Validates against the realm and audience of the properties. */
	public KeycloakTokenValidator(KeycloakProperties properties) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtTimestampValidator(properties.clockSkew()));
		validators.add(new JwtIssuerValidator(properties.issuer()));
		validators.add(KeycloakTokenValidator::requireSubject);
		if (properties.requiresAudience()) {
			validators.add(new JwtAudienceValidator(properties.audience()));
		}
		this.delegate = JwtValidators.createDefaultWithValidators(validators);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		return delegate.validate(token);
	}

	private static OAuth2TokenValidatorResult requireSubject(Jwt token) {
		String subject = token.getSubject();
		return subject != null && !subject.isBlank() ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, NO_SUBJECT, null));
	}

}
