package org.refinery.backlog.imports;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starts imports over HTTP as the dashboard wizard will, and waits for them to end. */
final class ImportClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	private final String token;

	ImportClient(int port, String token) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
		this.token = token;
	}

	/** A multipart upload: the file, and a mapping part when given. */
	ResponseEntity<String> upload(String product, String query, String fileName, byte[] file, String mapping) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		parts.add("file", new HttpEntity<>(new ByteArrayResource(file) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, fileHeaders));
		if (mapping != null) {
			HttpHeaders mappingHeaders = new HttpHeaders();
			mappingHeaders.setContentType(MediaType.APPLICATION_JSON);
			parts.add("mapping", new HttpEntity<>(mapping, mappingHeaders));
		}
		return http.post()
			.uri("/api/backlog/products/" + product + "/imports?" + query)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
	}

	/** The file as the raw body. */
	ResponseEntity<String> raw(String product, String query, String body) {
		return http.post()
			.uri("/api/backlog/products/" + product + "/imports?" + query)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.TEXT_PLAIN)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(String.class);
	}

	ResponseEntity<String> get(String uri) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().toEntity(String.class);
	}

	/** Uploads, expects 202, and answers the job once it ended, with up to 500 of its rows. */
	JsonNode run(String product, String query, String fileName, byte[] file, String mapping) {
		var started = upload(product, query, fileName, file, mapping);
		assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
		String location = started.getHeaders().getLocation().toString();
		return finished(location);
	}

	JsonNode finished(String location) {
		JsonNode[] job = new JsonNode[1];
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			job[0] = JSON.readTree(get(location + "?size=500").getBody());
			return !job[0].path("status").asString().equals("RUNNING");
		});
		return job[0];
	}

}
