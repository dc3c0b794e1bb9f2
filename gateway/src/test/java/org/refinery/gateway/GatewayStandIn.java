package org.refinery.gateway;

import com.sun.net.httpserver.HttpServer;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One gateway, shared by the ITs that extend this class (same configuration, so Spring's context
 * cache starts it once), in front of a recording stand-in for backlog-service on loopback, a closed
 * port for dependency-service, and one slow stand-in for alignment-service and forecast-service
 * that answers after {@link #SLOW_ANSWER}: longer than the alignment route's time limit here,
 * shorter than the forecasts route's. The stand-ins live as long as the test JVM, because the
 * cached gateway keeps pointing at their ports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "refinery.gateway.cors.allowed-origins=" + GatewayStandIn.DASHBOARD_DEV_ORIGIN,
				"resilience4j.timelimiter.instances.alignment.timeout-duration=" + GatewayStandIn.ALIGNMENT_LIMIT,
				"resilience4j.timelimiter.instances.forecasts.timeout-duration=" + GatewayStandIn.FORECASTS_LIMIT })
abstract class GatewayStandIn {

	static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

	static final String ALIGNMENT_LIMIT = "500ms";

	static final String FORECASTS_LIMIT = "8s";

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String DASHBOARD_DEV_ORIGIN = "https://dashboard.refinery.example";

	static final BlockingQueue<String> relayedAuthorizations = new LinkedBlockingQueue<>();

	static final BlockingQueue<String> relayedTraceparents = new LinkedBlockingQueue<>();

	static final BlockingQueue<String> actuatorCalls = new LinkedBlockingQueue<>();

	static final HttpServer backlog = startBacklogStandIn();

	static final HttpServer slowServices = startSlowStandIn();

	private static HttpServer startBacklogStandIn() {
		HttpServer backlog;
		try {
			backlog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		backlog.createContext("/api/backlog/products", exchange -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			relayedAuthorizations.add(authorization == null ? "<none>" : authorization);
			String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
			relayedTraceparents.add(traceparent == null ? "<none>" : traceparent);
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
		backlog.createContext("/actuator", exchange -> {
			actuatorCalls.add(exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		backlog.start();
		return backlog;
	}

	/** Answers every call 200 after {@link #SLOW_ANSWER}, each on its own thread. */
	private static HttpServer startSlowStandIn() {
		HttpServer slow;
		try {
			slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		slow.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		slow.createContext("/", exchange -> {
			try {
				Thread.sleep(SLOW_ANSWER);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = "{\"content\":[]}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		slow.start();
		return slow;
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		GatewayDatabase.wiring(registry);
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.services.backlog", () -> "http://127.0.0.1:" + backlog.getAddress().getPort());
		registry.add("refinery.services.dependency", () -> "http://127.0.0.1:" + closedPort());
		registry.add("refinery.services.alignment", () -> "http://127.0.0.1:" + slowServices.getAddress().getPort());
		registry.add("refinery.services.forecast", () -> "http://127.0.0.1:" + slowServices.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	/** Actuator's own port (probes and the Prometheus scrape), never the public one. */
	@LocalManagementPort
	int managementPort;

	RestClient http() {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(client))
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	static int closedPort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
