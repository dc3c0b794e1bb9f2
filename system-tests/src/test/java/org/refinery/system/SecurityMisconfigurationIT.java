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
 * error pages, sensitive actuator endpoints are neither routed nor exposed, metrics and probes are
 * served on management ports only (never on an API port nor through the gateway), and a foreign
 * origin's CORS preflight is refused.
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

	/** What Prometheus and the probes read: public on the management port, absent everywhere else. */
	static final List<String> SCRAPED_ACTUATORS = List.of("/actuator/prometheus", "/actuator/health",
			"/actuator/health/readiness", "/actuator/info");

	static final List<String> COMPONENTS = List.of("gateway", "backlog-service", "dependency-service",
			"alignment-service", "forecast-service");

	static List<String[]> scrapedActuators() {
		var probes = new ArrayList<String[]>();
		for (String component : COMPONENTS) {
			for (String path : SCRAPED_ACTUATORS) {
				probes.add(new String[] { component, path });
			}
		}
		return probes;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("scrapedActuators")
	void metrics_and_probes_are_404_problem_json_on_an_api_port_without_credentials(String component, String path) {
		HttpResponse<String> response = PlatformClient.of(SharedPlatform.url(component), null).get(path);

		SecurityProblems.problem(response, 404);
		assertThat(response.body()).doesNotContain("jvm_", "refinery_", "\"UP\"");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/health", "/actuator/info" })
	void the_gateway_routes_no_metrics_or_probes_of_a_service_even_with_a_token(String path) {
		SecurityProblems.problem(SharedPlatform.as(null).get(path), 404);
		SecurityProblems.problem(SharedPlatform.as("ada").get(path), 404);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("components")
	void the_management_port_answers_the_scrape_and_the_probes_locally(String component) {
		var management = PlatformClient.of(SharedPlatform.managementUrl(component), null);

		HttpResponse<String> scrape = management
			.send(management.request("/actuator/prometheus").setHeader("Accept", "text/plain"));
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("jvm_memory_used_bytes", "application=\"" + component + "\"");
		assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("managementActuators")
	void a_sensitive_actuator_endpoint_is_not_exposed_on_a_management_port_either(String component, String path) {
		HttpResponse<String> response = PlatformClient.of(SharedPlatform.managementUrl(component),
				SharedPlatform.token("ada")).get(path);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		SecurityProblems.revealsNothing(response);
	}

	static List<String> components() {
		return COMPONENTS;
	}

	static List<String[]> managementActuators() {
		var probes = new ArrayList<String[]>();
		for (String component : COMPONENTS) {
			for (String path : SENSITIVE_ACTUATORS) {
				probes.add(new String[] { component, path });
			}
		}
		return probes;
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
