package org.refinery.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a recording stand-in for backlog-service: what reaches the service,
 * and what callers without a session or token get.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class GatewayIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final BlockingQueue<String> relayedAuthorizations = new LinkedBlockingQueue<>();

	static HttpServer backlog;

	@BeforeAll
	static void startBacklogStandIn() throws IOException {
		backlog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		backlog.createContext("/api/backlog/products", exchange -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			relayedAuthorizations.add(authorization == null ? "<none>" : authorization);
			byte[] body = "{\"content\":[],\"page\":0,\"size\":50,\"totalElements\":0}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		backlog.createContext("/v3/api-docs", exchange -> {
			byte[] body = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"backlog stand-in\"}}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		backlog.start();
	}

	@AfterAll
	static void stopBacklogStandIn() {
		backlog.stop(0);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.services.backlog", () -> "http://127.0.0.1:" + backlog.getAddress().getPort());
		registry.add("refinery.services.dependency", () -> "http://127.0.0.1:" + closedPort());
	}

	@LocalServerPort
	int port;

	RestClient http() {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(client))
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void everyRoutedCallIsInTheAccessLogWithCallerRouteStatusAndLatency(
			org.springframework.boot.test.system.CapturedOutput output) {
		String token = tokens.forUser("tess").realmRoles("team-member").products("PAY").mint();

		http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve()
			.toEntity(String.class);

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("refinery.access"));
		assertThat(output.getOut()).containsPattern("tess GET /api/backlog/products route=backlog status=200 \\d+ms");
	}

	@Test
	void aBearerTokenOfTheRealmIsRelayedToTheOwningService() throws InterruptedException {
		relayedAuthorizations.clear();
		String token = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.audience("refinery-api").mint();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(relayedAuthorizations.poll(5, TimeUnit.SECONDS)).isEqualTo("Bearer " + token);
	}

	@Test
	void anApiCallWithoutSessionOrTokenGets401ProblemJsonAndNeverReachesTheService() {
		relayedAuthorizations.clear();

		var response = http().get().uri("/api/backlog/products").accept(MediaType.APPLICATION_JSON)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(relayedAuthorizations).isEmpty();
	}

	@Test
	void aServiceThatIsDownAnswers503ProblemWhileOthersKeepWorking() throws InterruptedException {
		String token = tokens.tess().mint();

		var down = http().get().uri("/api/dependencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);
		var up = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);

		assertThat(down.getStatusCode().value()).isEqualTo(503);
		assertThat(down.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(down.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(down.getBody()).contains("dependency-service is not answering");
		assertThat(up.getStatusCode().value()).isEqualTo(200);
	}

	static int closedPort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aForgedTokenIsRejectedAtTheEdge() {
		String forged = tokens.forUser("tess").realmRoles("refinery-admin").audience("refinery-api")
			.signedWithForeignKey().mint();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void aBrowserWithoutSessionIsSentToKeycloakLogin() {
		var response = http().get().uri("/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getLocation()).hasPath("/oauth2/authorization/keycloak");
	}

	@Test
	void theLoginRedirectUsesPkceAgainstTheRealm() {
		var response = http().get().uri("/oauth2/authorization/keycloak").retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getLocation().toString())
			.startsWith(tokens.issuerUri() + "/protocol/openid-connect/auth?")
			.contains("code_challenge_method=S256")
			.contains("client_id=refinery-gateway");
	}

	@Test
	void oneSwaggerUiListsEveryServicesOpenApiDocumentServedThroughTheGateway() {
		var config = http().get().uri("/v3/api-docs/swagger-config").retrieve().toEntity(String.class);
		var backlogDocument = http().get().uri("/v3/api-docs/backlog").retrieve().toEntity(String.class);
		var ui = http().get().uri("/swagger-ui.html").retrieve().toEntity(String.class);

		assertThat(config.getBody()).contains("/v3/api-docs/backlog").contains("/v3/api-docs/forecast");
		assertThat(backlogDocument.getBody()).contains("backlog stand-in");
		assertThat(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection()).isTrue();
	}

	@Test
	void responsesCarrySecurityHeadersForTheDashboard() {
		var response = http().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class);

		assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("default-src 'self'");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void healthAndPrometheusAreServedWithoutLogin() {
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/prometheus" }) {
			assertThat(http().get().uri(path).retrieve().toEntity(String.class).getStatusCode().value()).as(path)
				.isEqualTo(200);
		}
	}

}
