package org.refinery.system;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.state.ComponentHealth;
import org.refinery.devstack.state.ComponentState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared platform is up, reachable through the gateway and signs users in with the realm's claims. */
@TestMethodOrder(OrderAnnotation.class)
class PlatformIT {

	private final HttpClient http = SharedPlatform.http;

	private final Devstack stack = SharedPlatform.stack();

	@Test
	@Order(1)
	void every_component_reports_its_url_its_pid_and_that_it_is_up() {
		assertThat(stack.components()).extracting(ComponentState::name)
			.containsExactly("postgres", "kafka", "keycloak", "backlog-service", "dependency-service", "alignment-service",
					"forecast-service", "gateway");
		assertThat(stack.components()).allSatisfy(component -> {
			assertThat(component.pid()).as(component.name()).isPositive();
			assertThat(component.url()).as(component.name()).contains("localhost:");
			assertThat(ComponentHealth.of(component)).as(component.name()).isEqualTo("UP");
		});
		assertThat(stack.state().phase()).isEqualTo("ready");
	}

	@Test
	@Order(1)
	void the_gateway_and_every_service_are_probed_on_a_management_port_apart_from_their_api_port() {
		assertThat(stack.components()).filteredOn(component -> component.name().endsWith("-service")
				|| component.name().equals("gateway"))
			.hasSize(5)
			.allSatisfy(component -> {
				assertThat(component.management()).as(component.name()).startsWith("http://localhost:")
					.isNotEqualTo(component.url());
				assertThat(component.healthCheck()).as(component.name())
					.isEqualTo(component.management() + "/actuator/health/readiness");
			});
	}

	@Test
	@Order(2)
	void a_demo_users_token_opens_the_seeded_products_through_the_gateway() throws Exception {
		String token = DemoLogin.accessToken(http, stack.issuer(), "paul");

		HttpResponse<String> response = get("/api/backlog/products", token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
		JsonNode body = JsonMapper.shared().readTree(response.body());
		assertThat(body.path("content").valueStream().map(product -> product.path("key").asString()))
			.containsExactlyInAnyOrder("PAY", "SHOP");
	}

	@Test
	@Order(3)
	void a_request_without_a_token_is_refused_with_401() throws Exception {
		HttpResponse<String> response = get("/api/backlog/products", null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	@Order(4)
	void a_token_carries_the_services_audience_the_role_and_full_group_paths() throws Exception {
		JsonNode claims = DemoLogin.claims(DemoLogin.accessToken(http, stack.issuer(), "tess"));

		assertThat(claims.path("iss").asString()).isEqualTo(stack.issuer());
		assertThat(claims.path("aud").toString()).contains("refinery-api");
		assertThat(claims.path("preferred_username").asString()).isEqualTo("tess");
		assertThat(claims.path("name").asString()).isNotBlank();
		assertThat(claims.path("realm_access").path("roles").toString()).contains("team-member");
		assertThat(claims.path("groups").toString()).contains("/products/PAY", "/teams/PAY-CHECKOUT");
	}

	@Test
	@Order(5)
	void no_component_has_lost_a_worker_thread_to_an_uncaught_error() throws Exception {
		for (ComponentState component : stack.components()) {
			Path log = stack.settings().logOf(component.name());
			try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
				assertThat(lines.filter(line -> line.startsWith("Exception in thread")))
					.as("a thread that dies takes its request with it (%s)", log)
					.isEmpty();
			}
		}
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
