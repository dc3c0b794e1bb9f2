package org.refinery.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm the platform trusts, as the running Keycloak enforces it (admin REST API and real
 * logins): short-lived access tokens and bounded sessions, brute-force protection that locks an
 * account after repeated failures, and a password policy that refuses weak passwords. The probes
 * use a throw-away user, never a demo user other tests sign in as.
 */
class SecurityRealmIT {

	private static final String USERNAME = "security-realm-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String PASSWORD = "Realm-probe-" + UUID.randomUUID();

	private static String userId;

	@BeforeAll
	static void createAProbeUser() {
		SecurityRealTokens.mint();
		userId = SecurityKeycloakAdmin.createUser(USERNAME, PASSWORD);
	}

	@AfterAll
	static void removeTheProbeUser() {
		if (userId != null) {
			SecurityKeycloakAdmin.deleteUser(userId);
		}
	}

	@Test
	void access_tokens_live_five_minutes_at_most_and_sessions_are_bounded() {
		JsonNode realm = SecurityKeycloakAdmin.realm();
		JsonNode claims = DemoLogin.claims(SharedPlatform.token("vic"));

		assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(60, 300);
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isBetween(60L, 300L);
		assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isBetween(60, 3600);
		assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isBetween(3600, 86400);
		assertThat(realm.path("accessCodeLifespan").asInt()).isBetween(1, 120);
		assertThat(realm.path("sslRequired").asString()).isIn("external", "all");
	}

	@Test
	void a_weak_password_is_refused_by_the_realms_password_policy() {
		JsonNode realm = SecurityKeycloakAdmin.realm();
		assertThat(realm.path("passwordPolicy").asString()).contains("length(8)", "notUsername");

		HttpResponse<String> tooShort = resetPassword("abc1");
		HttpResponse<String> theUsername = resetPassword(USERNAME);

		assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
		assertThat(tooShort.body()).containsIgnoringCase("length");
		assertThat(theUsername.statusCode()).as(theUsername.body()).isEqualTo(400);
		assertThat(SecurityKeycloakAdmin.passwordGrant(SharedPlatform.stack().issuer(), "refinery-cli", USERNAME, "abc1")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void repeated_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused() {
		JsonNode realm = SecurityKeycloakAdmin.realm();
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
		int failures = realm.path("failureFactor").asInt();
		assertThat(failures).isBetween(3, 10);
		String issuer = SharedPlatform.stack().issuer();

		for (int attempt = 0; attempt < failures; attempt++) {
			HttpResponse<String> wrong = SecurityKeycloakAdmin.passwordGrant(issuer, "refinery-cli", USERNAME,
					"Wrong-guess-" + attempt);
			assertThat(wrong.statusCode()).isEqualTo(401);
		}
		HttpResponse<String> right = SecurityKeycloakAdmin.passwordGrant(issuer, "refinery-cli", USERNAME, PASSWORD);

		assertThat(right.statusCode()).as(right.body()).isIn(400, 401);
		assertThat(PlatformClient.json(right).path("error").asString()).isEqualTo("invalid_grant");
		JsonNode lock = PlatformClient.json(SecurityKeycloakAdmin.admin()
			.get("/attack-detection/brute-force/users/" + userId));
		assertThat(lock.path("disabled").asBoolean()).as(lock.toString()).isTrue();
		assertThat(lock.path("numFailures").asInt()).isGreaterThanOrEqualTo(1);
	}

	private static HttpResponse<String> resetPassword(String password) {
		PlatformClient admin = SecurityKeycloakAdmin.admin();
		return admin.send(admin.request("/users/" + userId + "/reset-password")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString("{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}")));
	}

}
