package org.refinery.alignment;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alignment API as a client calls it, including {@code If-Match} and {@code DELETE}, which
 * the shared {@code ServiceClient} does not offer. Statuses are returned, never thrown.
 */
public final class AlignmentClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	public AlignmentClient(int port) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	public ResponseEntity<String> send(HttpMethod method, String uri, String token, String json, String ifMatch) {
		var request = http.method(method).uri(uri);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.retrieve().toEntity(String.class);
	}

	public ResponseEntity<String> get(String uri, String token) {
		return send(HttpMethod.GET, uri, token, null, null);
	}

	public ResponseEntity<String> post(String uri, String token, String json) {
		return send(HttpMethod.POST, uri, token, json, null);
	}

	/** The JSON object of a response that must have the given status. */
	public static Map<?, ?> body(ResponseEntity<String> response, int status) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		return JSON.readValue(response.getBody(), Map.class);
	}

	/** Asserts an RFC 9457 answer with this status whose detail contains {@code detail} (if given). */
	public static void assertProblem(ResponseEntity<String> response, int status, String detail) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as(response.getBody())
			.isTrue();
		if (detail != null) {
			assertThat(body(response, status).get("detail")).asString().contains(detail);
		}
	}

}
