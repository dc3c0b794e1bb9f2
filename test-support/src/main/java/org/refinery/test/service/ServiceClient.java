package org.refinery.test.service;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.util.Map;

/**
 * Calls a running service as a client would, with or without a bearer token. Statuses are
 * returned, never thrown, so tests assert 4xx answers as plainly as 2xx ones.
 */
public final class ServiceClient {

	private final RestClient http;

	private ServiceClient(RestClient http) {
		this.http = http;
	}

	public static ServiceClient onPort(int port) {
		return new ServiceClient(RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build());
	}

	public ResponseEntity<String> get(String uri, String token) {
		return exchange(HttpMethod.GET, uri, token, null);
	}

	public ResponseEntity<String> post(String uri, String token, String json) {
		return exchange(HttpMethod.POST, uri, token, json);
	}

	public ResponseEntity<String> patch(String uri, String token, String json) {
		return exchange(HttpMethod.PATCH, uri, token, json);
	}

	/** Any request with extra headers, such as {@code If-Match}. */
	public ResponseEntity<String> exchangeWith(String method, String uri, String token, String json,
			Map<String, String> headers) {
		var request = http.method(HttpMethod.valueOf(method)).uri(uri);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		for (var header : headers.entrySet()) {
			request = request.header(header.getKey(), header.getValue());
		}
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.retrieve().toEntity(String.class);
	}

	/** A GET that must succeed, its JSON object body as a map. */
	public Map<?, ?> getJson(String uri, String token) {
		var request = http.get().uri(uri).accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		ResponseEntity<Map> response = request.retrieve().toEntity(Map.class);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("GET " + uri + " answered " + response.getStatusCode());
		}
		return response.getBody();
	}

	private ResponseEntity<String> exchange(HttpMethod method, String uri, String token, String json) {
		return exchangeWith(method.name(), uri, token, json, Map.of());
	}

}
