package org.refinery.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's lb:// routes in front of three replicas of backlog-service as the devstack lists
 * them: two stand-ins that count what they receive, and between them a replica whose process is
 * gone (a closed port). Every call reaches exactly one live replica once, in turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceReplicasIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final AtomicInteger firstReceived = new AtomicInteger();

	static final AtomicInteger secondReceived = new AtomicInteger();

	static final HttpServer first = startCounting(firstReceived);

	static final HttpServer second = startCounting(secondReceived);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		GatewayDatabase.wiring(registry);
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		String instances = "spring.cloud.discovery.client.simple.instances.backlog-service";
		registry.add(instances + "[0].uri", () -> "http://127.0.0.1:" + first.getAddress().getPort());
		registry.add(instances + "[1].uri", () -> "http://127.0.0.1:" + GatewayStandIn.closedPort());
		registry.add(instances + "[2].uri", () -> "http://127.0.0.1:" + second.getAddress().getPort());
	}

	@AfterAll
	static void stopStandIns() {
		first.stop(0);
		second.stop(0);
	}

	@BeforeEach
	void countAfresh() {
		firstReceived.set(0);
		secondReceived.set(0);
	}

	@Test
	void readsTakeTheLiveReplicasInTurnAndPassOverTheDeadOne() {
		var statuses = new ArrayList<Integer>();
		for (int call = 0; call < 12; call++) {
			statuses.add(send(HttpRequest.newBuilder(uri("/api/backlog/products")).GET()).statusCode());
		}

		assertThat(statuses).containsOnly(200);
		assertThat(firstReceived.get() + secondReceived.get()).isEqualTo(12);
		assertThat(firstReceived.get()).as("calls of the first replica").isBetween(4, 8);
		assertThat(secondReceived.get()).as("calls of the second replica").isBetween(4, 8);
	}

	@Test
	void aWriteTheDeadReplicaCouldNotTakeGoesToALiveOneExactlyOnce() {
		var statuses = new ArrayList<Integer>();
		for (int call = 0; call < 9; call++) {
			statuses.add(send(HttpRequest.newBuilder(uri("/api/backlog/products"))
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"P" + call + "\"}"))).statusCode());
		}

		assertThat(statuses).containsOnly(201);
		assertThat(firstReceived.get() + secondReceived.get()).as("writes received, none twice").isEqualTo(9);
		assertThat(List.of(firstReceived.get(), secondReceived.get())).doesNotContain(0);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		String token = tokens.forUser("tess").realmRoles("product-owner").products("PAY").mint();
		try {
			return HttpClient.newHttpClient().send(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** A backlog-service stand-in that counts each call it answers: 201 for a POST, 200 otherwise. */
	private static HttpServer startCounting(AtomicInteger received) {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/api/backlog/products", exchange -> {
				exchange.getRequestBody().readAllBytes();
				received.incrementAndGet();
				byte[] body = "{\"content\":[]}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
