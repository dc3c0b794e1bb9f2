package org.refinery.keycloak;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the realm is and what a token must say to be accepted ({@code refinery.security.*}).
 * Setting {@code issuer-uri} switches the adapter on.
 *
 * @param issuerUri the realm, e.g. {@code http://localhost:8180/realms/refinery}; tokens must
 * carry exactly this {@code iss}
 * @param audience when set, tokens must list it in {@code aud} (Keycloak adds an audience only
 * through an audience mapper, e.g. {@code refinery-api})
 * @param clientId this application's own client in the realm, for callers that need it (e.g. to
 * read its client roles with {@link CurrentUser#hasClientRole}); not used for validation
 * @param jwkSetUri where the realm's signing keys are fetched; defaults to
 * {@code <issuer>/protocol/openid-connect/certs} (set it when the app reaches Keycloak through
 * another host name than the one in {@code iss})
 * @param clockSkew tolerance for {@code exp} and {@code nbf}
 */
@ConfigurationProperties("refinery.security")
public record KeycloakProperties(URI issuerUri, @Nullable String audience, @Nullable String clientId,
		@Nullable URI jwkSetUri, @DefaultValue("30s") Duration clockSkew) {

	/** Requires the issuer; a missing skew means the default 30 seconds. */
	public KeycloakProperties {
		Objects.requireNonNull(issuerUri, "refinery.security.issuer-uri is required");
		clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
	}

	/** Properties with only the issuer and, optionally, the audience. */
	public static KeycloakProperties of(URI issuerUri, @Nullable String audience) {
		return new KeycloakProperties(issuerUri, audience, null, null, null);
	}

	/** The issuer as tokens carry it: no trailing slash. */
	public String issuer() {
		return issuerUri.toString().replaceAll("/+$", "");
	}

	/** The JWKS location, explicit or derived from the issuer. */
	public URI effectiveJwkSetUri() {
		return jwkSetUri != null ? jwkSetUri : URI.create(issuer() + "/protocol/openid-connect/certs");
	}

	/** The realm's name, the last segment of the issuer; used in {@code WWW-Authenticate}. */
	public String realm() {
		String issuer = issuer();
		return issuer.substring(issuer.lastIndexOf('/') + 1);
	}

	/** Whether tokens must name an audience. */
	public boolean requiresAudience() {
		return audience != null && !audience.isBlank();
	}

}
