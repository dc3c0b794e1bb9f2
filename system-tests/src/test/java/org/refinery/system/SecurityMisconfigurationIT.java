package org.refinery.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API8, security misconfiguration: errors are problem+json without stack traces or framework
 * error pages, sensitive actuator endpoints are neither routed nor exposed, and a foreign origin's
 * CORS preflight is refused.
 */
class SecurityMisconfigurationIT {

	static final List<String> SENSITIVE_ACTUATORS = List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans",
			"/actuator/configprops", "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings",
			"/actuator/shutdown");

	@BeforeAll
	static void startTheExpiryClock() {
		SecurityRealTokens.mint();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "gateway", "backlog-service", "dependency-service", "alignment-service", "forecast-service" })
	void an_unknown_api_path_is_404_problem_json_without_internals(String component) {
		String path = component.equals("gateway") ? "/api/backlog/no-such/thing/at-all" : apiRoot(component) + "/no-such/thing/at-all";

		SecurityProblems.problem(PlatformClient.of(SharedPlatform.url(component), SharedPlatform.token("paul")).get(path),
				404);
	}

	@Test
	void malformed_json_is_400_problem_json_without_parser_internals() {
		HttpResponse<String> response = SharedPlatform.as("paul")
			.post("/api/backlog/products/PAY/items", "{\"type\":\"STORY\",\"title\":");

		SecurityProblems.problem(response, 400);
	}

	@Test
	void an_id_that_is_no_uuid_is_400_problem_json() {
		SecurityProblems.problem(SharedPlatform.as("paul").get("/api/backlog/items/not-a-uuid"), 400);
	}

	static List<String[]> actuators() {
		var probes = new ArrayList<String[]>();
		for (String component : List.of("backlog-service", "dependency-service", "alignment-service",
				"forecast-service")) {
			for (String path : SENSITIVE_ACTUATORS) {
				probes.add(new String[] { component, path });
			}
		}
		return probes;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("actuators")
	void a_sensitive_actuator_endpoint_is_not_exposed_even_to_an_administrator(String component, String path) {
		HttpResponse<String> response = PlatformClient.of(SharedPlatform.url(component), SharedPlatform.token("ada"))
			.get(path);

		SecurityProblems.problem(response, 404);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("gatewayActuators")
	void a_sensitive_actuator_endpoint_is_not_exposed_by_the_gateway_even_to_an_administrator(String path) {
		HttpResponse<String> response = SharedPlatform.as("ada").get(path);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		SecurityProblems.revealsNothing(response);
	}

	static List<String> gatewayActuators() {
		return SENSITIVE_ACTUATORS;
	}

	@Test
	void a_cors_preflight_from_a_foreign_origin_is_refused_without_allowing_it() {
		HttpResponse<String> response = SharedPlatform.as(null)
			.send(SharedPlatform.as(null)
				.request("/api/backlog/products")
				.header("Origin", "https://attacker.example")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "authorization,content-type")
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		SecurityProblems.revealsNothing(response);
	}

	@Test
	void a_cross_origin_api_call_from_a_foreign_origin_gets_no_allow_origin_header() {
		HttpResponse<String> response = SharedPlatform.as("paul")
			.send(SharedPlatform.as("paul").request("/api/backlog/products").header("Origin", "https://attacker.example").GET());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private static String apiRoot(String component) {
		return switch (component) {
			case "backlog-service" -> "/api/backlog";
			case "dependency-service" -> "/api/dependencies";
			case "alignment-service" -> "/api/alignment";
			default -> "/api/forecasts";
		};
	}

}
