package org.refinery.gateway.ratelimit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller who spends their burst is told to slow down; another caller is not affected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "refinery.gateway.rate-limit.burst=3", "refinery.gateway.rate-limit.requests-per-second=1" })
class RateLimitIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static HttpServer backlog;

	@BeforeAll
	static void startBacklogStandIn() throws IOException {
		backlog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		backlog.createContext("/", exchange -> {
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		backlog.start();
	}

	@AfterAll
	static void stop() {
		backlog.stop(0);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.services.backlog", () -> "http://127.0.0.1:" + backlog.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	@Test
	void theFourthRequestOfABurstOfThreeIsRefusedWithRetryAfter() {
		var http = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			}).build();
		String rita = tokens.forUser("rita").realmRoles("team-member").mint();
		String sam = tokens.forUser("sam").realmRoles("team-member").mint();

		for (int i = 0; i < 3; i++) {
			assertThat(call(http, rita).getStatusCode().value()).isEqualTo(204);
		}
		var refused = call(http, rita);

		assertThat(refused.getStatusCode().value()).isEqualTo(429);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(call(http, sam).getStatusCode().value()).isEqualTo(204);
	}

	private static org.springframework.http.ResponseEntity<String> call(RestClient http, String token) {
		return http.get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve()
			.toEntity(String.class);
	}

}
