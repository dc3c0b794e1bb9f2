package org.refinery.devstack.seed;

import org.refinery.devstack.keycloak.PasswordGrant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The public REST API through the gateway, as one demo user with a real Keycloak token. */
final class GatewayClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int PAGE_SIZE = 500;

	private static final Duration BACK_OFF_LIMIT = Duration.ofMinutes(1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI gateway;

	private final PasswordGrant tokens;

	GatewayClient(URI gateway, PasswordGrant tokens) {
		this.gateway = gateway;
		this.tokens = tokens;
	}

	ApiResponse get(String path) {
		return send("GET", path, null, null);
	}

	ApiResponse post(String path, Object body) {
		return send("POST", path, body, null);
	}

	/**
	 * One request; a 429 (the gateway's per-caller rate limit) or 503 (a route's circuit breaker)
	 * is retried after the Retry-After the gateway names, for up to a minute.
	 */
	ApiResponse send(String method, String path, Object body, String ifMatch) {
		long deadline = System.nanoTime() + BACK_OFF_LIMIT.toNanos();
		while (true) {
			HttpResponse<String> response = exchange(method, path, body, ifMatch);
			boolean busy = response.statusCode() == 429 || response.statusCode() == 503;
			if (!busy || System.nanoTime() > deadline) {
				JsonNode json = response.body().isBlank() ? MissingNode.getInstance() : parse(response.body());
				return new ApiResponse(method, path, response.statusCode(), json, response.headers().firstValue("ETag"));
			}
			long seconds = response.headers().firstValue("Retry-After").map(GatewayClient::seconds).orElse(1L);
			try {
				Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SeedingFailed("Interrupted during " + method + " " + path, ex);
			}
		}
	}

	private HttpResponse<String> exchange(String method, String path, Object body, String ifMatch) {
		var request = HttpRequest.newBuilder(gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + tokens.accessToken())
			.header("Accept", "application/json");
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(JSON.writeValueAsString(body)));
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SeedingFailed(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SeedingFailed("Interrupted during " + method + " " + path, ex);
		}
	}

	private static long seconds(String retryAfter) {
		try {
			return Long.parseLong(retryAfter.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * Waits until a route answers at all (any status below 500): the first call through the gateway
	 * fetches Keycloak's keys in the gateway and in the service and warms cold JVMs, which on a busy
	 * machine can take longer than one request's timeout.
	 */
	void awaitRoute(String path, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			try {
				if (get(path).status() < 500) {
					return;
				}
			}
			catch (SeedingFailed timeout) {
				if (System.nanoTime() > deadline) {
					throw timeout;
				}
				continue;
			}
			if (System.nanoTime() > deadline) {
				get(path).orThrow();
				return;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SeedingFailed("Interrupted while waiting for " + path, ex);
			}
		}
	}

	/**
	 * POST that tolerates eventual consistency: a service that learns items from Kafka events
	 * answers 422 "… is not known …" until its read model has caught up, so that answer (and only
	 * that one) is retried until the deadline.
	 */
	ApiResponse postOnceKnown(String path, Object body, Duration patience) {
		return sendOnceKnown("POST", path, body, patience);
	}

	ApiResponse sendOnceKnown(String method, String path, Object body, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			ApiResponse response = send(method, path, body, null);
			boolean notKnownYet = response.status() == 422 && response.body().path("detail").asString("").contains("not known");
			if (!notKnownYet || System.nanoTime() > deadline) {
				return response;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return response;
			}
		}
	}

	/** Every element of a list: a plain JSON array, or a paged one ({@code content}) page by page. */
	List<JsonNode> list(String path) {
		var all = new ArrayList<JsonNode>();
		String separator = path.contains("?") ? "&" : "?";
		for (int page = 0;; page++) {
			JsonNode body = get(path + separator + "page=" + page + "&size=" + PAGE_SIZE).orThrow();
			if (body.isArray()) {
				body.forEach(all::add);
				return all;
			}
			JsonNode content = body.path("content");
			content.forEach(all::add);
			if (content.size() < PAGE_SIZE) {
				return all;
			}
		}
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

}
