package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API2, broken authentication: the gateway and every service refuse, with 401 problem+json
 * and a bearer challenge, any token that is missing, expired, from another issuer, for another
 * audience, re-signed, unsigned or edited. Runs after the other security classes so that the
 * short-lived token has expired by then without anyone waiting for it.
 */
@Order(Order.DEFAULT + 100)
@TestMethodOrder(OrderAnnotation.class)
class SecurityTokensIT {

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	static List<SecurityTargets> targets() {
		return SecurityTargets.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(1)
	void a_real_token_is_accepted_so_the_refusals_below_are_about_the_token(SecurityTargets target) {
		HttpResponse<String> response = target.with(SharedPlatform.token("paul")).get(target.path());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(2)
	void a_request_without_a_token_is_refused_with_401(SecurityTargets target) {
		refused(target, null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(3)
	void a_token_of_another_realm_of_the_same_keycloak_is_refused_with_401(SecurityTargets target) {
		refused(target, SecurityKeycloakAdmin.adminToken());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(4)
	void a_genuine_token_without_the_api_audience_is_refused_with_401(SecurityTargets target) {
		String token = SecurityRealTokens.withoutAudience();
		assertThat(DemoLogin.claims(token).path("aud").toString()).doesNotContain("refinery-api");

		JsonNode problem = refused(target, token);

		assertThat(problem.path("reason").asString()).containsIgnoringCase("aud");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(5)
	void the_real_claims_signed_by_a_foreign_key_are_refused_with_401(SecurityTargets target) {
		refused(target, ForgedTokens.signedByForeignKey(SharedPlatform.token("paul")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(6)
	void an_unsigned_alg_none_token_is_refused_with_401(SecurityTargets target) {
		refused(target, ForgedTokens.unsigned(SharedPlatform.token("paul")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	@Order(7)
	void a_real_token_with_an_added_admin_role_is_refused_with_401(SecurityTargets target) {
		refused(target, ForgedTokens.withAdminRole(SharedPlatform.token("vic")));
	}

	@Test
	@Order(8)
	void a_genuine_token_past_its_expiry_and_the_clock_skew_is_refused_everywhere_with_401() throws Exception {
		Duration left = Duration.between(Instant.now(), SecurityRealTokens.shortLivedRefusedFrom());
		if (!left.isNegative()) {
			Thread.sleep(left.toMillis());
		}
		JsonNode claims = DemoLogin.claims(SecurityRealTokens.shortLived());
		assertThat(claims.path("aud").toString()).contains("refinery-api");
		assertThat(claims.path("groups").toString()).contains("/products/PAY");
		for (SecurityTargets target : targets()) {
			JsonNode problem = refused(target, SecurityRealTokens.shortLived());

			assertThat(problem.path("reason").asString()).as(target.toString()).containsIgnoringCase("expired");
		}
	}

	private static JsonNode refused(SecurityTargets target, String token) {
		HttpResponse<String> response = target.with(token).get(target.path());

		JsonNode problem = SecurityProblems.problem(response, 401);
		SecurityProblems.challenged(response);
		return problem;
	}

}
