package org.refinery.gateway.ratelimit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.gateway.GatewayDatabase;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller who spends their burst is told to slow down; another caller is not affected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "refinery.gateway.rate-limit.burst=3", "refinery.gateway.rate-limit.requests-per-second=1",
				"refinery.gateway.rate-limit.clients.rate-probe.requests-per-second=1",
				"refinery.gateway.rate-limit.clients.rate-probe.burst=1" })
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
		GatewayDatabase.wiring(registry);
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.services.backlog", () -> "http://127.0.0.1:" + backlog.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	RateLimitProperties limits;

	@Test
	void aBurstBeyondThreeIsRefusedWithRetryAfterWhileAnotherCallerIsServed() {
		var http = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			}).build();
		String rita = tokens.forUser("rita").realmRoles("team-member").mint();
		String sam = tokens.forUser("sam").realmRoles("team-member").mint();

		// Eight calls at once reach the limiter within far less than the one second a token takes to
		// come back, however slow the machine answers them.
		List<ResponseEntity<String>> answers;
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			var calls = IntStream.range(0, 8)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> call(http, rita), threads))
				.toList();
			answers = calls.stream().map(CompletableFuture::join).toList();
		}

		var served = answers.stream().filter(answer -> answer.getStatusCode().value() == 204).count();
		var refused = answers.stream().filter(answer -> answer.getStatusCode().value() == 429).toList();
		assertThat(served).isBetween(3L, 4L);
		assertThat(refused).hasSize(8 - (int) served).allSatisfy(answer -> {
			assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		});
		assertThat(call(http, sam).getStatusCode().value()).isEqualTo(204);
	}

	@Test
	void theCallersOfAClientWithALimitOfItsOwnAreHeldToItApartFromTheSameUsersOtherCalls() {
		var http = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			}).build();
		String probe = tokens.forUser("rob").realmRoles("team-member").claim("azp", "rate-probe").mint();
		String cli = tokens.forUser("rob").realmRoles("team-member").mint();

		List<Integer> statuses = IntStream.range(0, 5).mapToObj(i -> call(http, probe).getStatusCode().value()).toList();

		assertThat(limits.of("rate-probe")).isEqualTo(new RateLimitProperties.Limit(1, 1));
		assertThat(statuses.getFirst()).isEqualTo(204);
		assertThat(statuses).as("a burst of one, refilled once a second").contains(429);
		assertThat(call(http, cli).getStatusCode().value()).as("rob's calls through another client").isEqualTo(204);
	}

	private static ResponseEntity<String> call(RestClient http, String token) {
		return http.get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve()
			.toEntity(String.class);
	}

}
