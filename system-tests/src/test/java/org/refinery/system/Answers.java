package org.refinery.system;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on answers that show the whole body when a status is not the expected one. */
public final class Answers {

	private Answers() {
	}

	public static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(), response.request().uri(),
				response.body()).isBetween(200, 299);
		return response.body().isBlank() ? null : PlatformClient.json(response);
	}

	public static JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(), response.request().uri(),
				response.body()).isEqualTo(201);
		return PlatformClient.json(response);
	}

	/**
	 * Sends until the gateway forwards the request: a 503 of an open circuit breaker (a fault test
	 * before this one made it trip) means the request never reached the service, so sending it
	 * again cannot write twice.
	 */
	public static HttpResponse<String> forwarded(java.util.function.Supplier<HttpResponse<String>> request) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.pollInterval(java.time.Duration.ofSeconds(1))
			.until(request::get, response -> response.statusCode() != 503);
	}

	/** The elements of a JSON array, or of a page's {@code content}. */
	public static List<JsonNode> elements(JsonNode node) {
		JsonNode array = node.isArray() ? node : node.path("content");
		var all = new ArrayList<JsonNode>();
		array.forEach(all::add);
		return all;
	}

}
