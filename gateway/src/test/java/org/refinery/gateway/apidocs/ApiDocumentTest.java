package org.refinery.gateway.apidocs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentTest {

	private static final ApiDocsProperties.Described BACKLOG = new ApiDocsProperties.Described("Backlog API",
			"Products and their backlogs.");

	@Test
	void theGatewayBecomesTheOnlyServerInPlaceOfTheServicesOwnPort() {
		String document = """
				{"openapi":"3.1.0","info":{"title":"OpenAPI definition","version":"v0"},
				 "servers":[{"url":"http://localhost:8081","description":"Generated server url"}],
				 "paths":{"/api/backlog/products":{"get":{"operationId":"list"}}}}""";

		JsonNode rewritten = read(ApiDocument.throughGateway(document, BACKLOG, "https://refinery.example.org"));

		assertThat(rewritten.path("servers")).singleElement()
			.satisfies(server -> assertThat(server.path("url").asString()).isEqualTo("https://refinery.example.org"));
		assertThat(rewritten.path("info").path("title").asString()).isEqualTo("Backlog API");
		assertThat(rewritten.path("info").path("description").asString()).isEqualTo("Products and their backlogs.");
		assertThat(rewritten.path("info").path("version").asString()).isEqualTo("v0");
		assertThat(rewritten.path("paths").path("/api/backlog/products").path("get").path("operationId").asString())
			.isEqualTo("list");
	}

	@Test
	void aServiceWithoutWordsInTheConfigurationKeepsItsOwnTitle() {
		String document = """
				{"openapi":"3.1.0","info":{"title":"Its own"}}""";

		JsonNode rewritten = read(ApiDocument.throughGateway(document, null, "http://localhost:8080"));

		assertThat(rewritten.path("info").path("title").asString()).isEqualTo("Its own");
		assertThat(rewritten.path("servers").get(0).path("url").asString()).isEqualTo("http://localhost:8080");
	}

	@Test
	void aDocumentWithoutInfoGetsOne() {
		JsonNode rewritten = read(ApiDocument.throughGateway("{\"openapi\":\"3.1.0\"}", BACKLOG, "http://localhost:8080"));

		assertThat(rewritten.path("info").path("title").asString()).isEqualTo("Backlog API");
	}

	private static JsonNode read(String json) {
		return JsonMapper.shared().readTree(json);
	}

}
