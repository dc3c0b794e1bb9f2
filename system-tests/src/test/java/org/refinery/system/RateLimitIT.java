package org.refinery.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.devstack.services.ServiceFleet.RATE_PROBE_BURST;
import static org.refinery.devstack.services.ServiceFleet.RATE_PROBE_CLIENT;

/**
 * The real gateway's per-caller rate limit: a caller faster than the limit is refused with a 429
 * problem and a {@code Retry-After}, while another user is served at the same moment. The devstack
 * gives every caller 200 requests per second, more than two cores can serve, so the refusal is
 * shown through the client the devstack holds to a small limit ({@code ServiceFleet.RATE_PROBE_CLIENT},
 * a burst of 5 and 2 per second): this test creates that client
 * in the realm, signs vic in through it and removes it afterwards. A user's calls through that
 * client spend from a bucket of their own, so vic's budget for other tests is untouched.
 */
class RateLimitIT {

	private static final int CALLS = 30;

	@BeforeAll
	static void theProbeClient() {
		SecurityKeycloakAdmin.deleteClient(RATE_PROBE_CLIENT);
		SecurityKeycloakAdmin.createClientNamed(RATE_PROBE_CLIENT, Map.of(), true);
	}

	@AfterAll
	static void removeIt() {
		SecurityKeycloakAdmin.deleteClient(RATE_PROBE_CLIENT);
	}

	@Test
	void calls_beyond_the_limit_are_refused_with_429_problem_and_retry_after_while_another_user_is_served() {
		PlatformClient hasty = PlatformClient.of(SharedPlatform.stack().gatewayUrl(), probeToken());
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int call = 0; call < CALLS; call++) {
			answers.add(hasty.get("/api/backlog/products"));
		}
		HttpResponse<String> other = SharedPlatform.as("tess").get("/api/backlog/products");

		List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
		assertThat(statuses.subList(0, RATE_PROBE_BURST)).as("the burst is served").containsOnly(200);
		assertThat(statuses).as("%d calls in a row against a burst of %d", CALLS, RATE_PROBE_BURST)
			.containsOnly(200, 429)
			.contains(429);
		HttpResponse<String> refusal = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
		JsonNode problem = SecurityProblems.problem(refusal, 429);
		String retryAfter = refusal.headers().firstValue("Retry-After").orElseThrow();
		assertThat(Integer.parseInt(retryAfter)).isPositive();
		assertThat(problem.path("detail").asString()).contains("try again in " + retryAfter + " s");
		assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
	}

	private static String probeToken() {
		HttpResponse<String> grant = SecurityKeycloakAdmin.passwordGrant(SharedPlatform.stack().issuer(), RATE_PROBE_CLIENT,
				"vic", "vic-demo");
		return PlatformClient.json(SecurityKeycloakAdmin.expect(grant, 200)).path("access_token").asString();
	}

}
