package org.refinery.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Plain HTTP as a script would do it: JSON in, the raw response out, the bearer token of one user.
 * The token is asked for on every request, so a client kept for longer than a token lives (five
 * minutes in the realm) goes on with a fresh one instead of failing with 401. The base URL is asked
 * for on every request too: on a platform with several gateways each request may go to another.
 */
public record PlatformClient(Supplier<String> baseUrl, Supplier<String> bearer) {

	/** A client of one base URL, asking for the token on every request. */
	public PlatformClient(String baseUrl, Supplier<String> bearer) {
		this(() -> baseUrl, bearer);
	}

	/** A client with one fixed token ({@code null} for anonymous), for tests about that very token. */
	public static PlatformClient of(String baseUrl, String token) {
		return new PlatformClient(baseUrl, token == null ? null : () -> token);
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> patch(String path, String json, long ifMatch) {
		return send(request(path).header("Content-Type", "application/json")
			.header("If-Match", "\"" + ifMatch + "\"")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return SharedPlatform.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A request builder with the token and JSON accept header set, for anything the shortcuts do not cover. */
	public HttpRequest.Builder request(String path) {
		var request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer.get());
		}
		return request;
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

}
