package org.refinery.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Genuine Keycloak tokens that must still be refused: one of a client whose access tokens live one
 * second (minted as early as any security class starts, so that waiting for it to be truly expired,
 * beyond the services' clock skew, overlaps the other tests) and one of a client without the
 * {@code refinery-api} audience mapper. Both clients are created through the admin API and carry
 * paul's real groups and roles, so only the expiry or the audience differs from an accepted token.
 * The token without audience is minted anew for each use: one minted at the start would have
 * expired (the realm's tokens live five minutes) by the time the last security class uses it, and
 * would then be refused for its expiry instead of its audience.
 */
final class SecurityRealTokens {

	/** The services' tolerance for {@code exp} (keycloak-adapter's default {@code refinery.security.clock-skew}). */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private static String shortLived;

	private static String clientWithoutAudience;

	private SecurityRealTokens() {
	}

	/** Starts the clock of the short-lived token; every security class calls this first. */
	static synchronized void mint() {
		if (shortLived == null) {
			String shortClient = SecurityKeycloakAdmin.createClient("security-short-lived",
					Map.of("access.token.lifespan", "1"), true);
			shortLived = token(shortClient);
			clientWithoutAudience = SecurityKeycloakAdmin.createClient("security-no-audience", Map.of(), false);
		}
	}

	static synchronized String shortLived() {
		mint();
		return shortLived;
	}

	/** A token of the client without audience, fresh: use it at once. */
	static String withoutAudience() {
		String client;
		synchronized (SecurityRealTokens.class) {
			mint();
			client = clientWithoutAudience;
		}
		return token(client);
	}

	/** When the short-lived token is refused by every validator: its {@code exp} plus the clock skew. */
	static Instant shortLivedRefusedFrom() {
		long exp = DemoLogin.claims(shortLived()).path("exp").asLong();
		return Instant.ofEpochSecond(exp).plus(CLOCK_SKEW).plusSeconds(1);
	}

	private static String token(String clientId) {
		HttpResponse<String> response = SecurityKeycloakAdmin.passwordGrant(SharedPlatform.stack().issuer(), clientId,
				"paul", "paul-demo");
		return PlatformClient.json(SecurityKeycloakAdmin.expect(response, 200)).path("access_token").asString();
	}

}
