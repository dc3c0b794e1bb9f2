package org.refinery.gateway;

import com.sun.net.httpserver.HttpServer;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One gateway, shared by the ITs that extend this class (same configuration, so Spring's context
 * cache starts it once), in front of a recording stand-in for backlog-service on loopback and a
 * closed port for dependency-service. The stand-in lives as long as the test JVM, because the
 * cached gateway keeps pointing at its port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "refinery.gateway.cors.allowed-origins=" + GatewayStandIn.DASHBOARD_DEV_ORIGIN)
abstract class GatewayStandIn {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String DASHBOARD_DEV_ORIGIN = "https://dashboard.refinery.example";

	static final BlockingQueue<String> relayedAuthorizations = new LinkedBlockingQueue<>();

	static final BlockingQueue<String> relayedTraceparents = new LinkedBlockingQueue<>();

	static final BlockingQueue<String> actuatorCalls = new LinkedBlockingQueue<>();

	static final HttpServer backlog = startBacklogStandIn();

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

	static int closedPort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
