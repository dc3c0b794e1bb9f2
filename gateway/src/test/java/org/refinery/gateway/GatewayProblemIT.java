package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers itself, when no service is asked: API clients get RFC 9457 problems
 * that name the request and say what is wrong; a browser navigation still gets a page.
 */
class GatewayProblemIT extends GatewayStandIn {

	@Test
	void anApiPathThatNoRouteMatchesAnswers404ProblemNamingThePath() {
		var response = http().get().uri("/api/nothing-here").header(HttpHeaders.AUTHORIZATION, bearer())
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		JsonNode problem = problem(response, 404);
		assertThat(problem.path("type").asString()).isEqualTo("https://refinery.dev/problems/not-found");
		assertThat(problem.path("title").asString()).isEqualTo("Not Found");
		assertThat(problem.path("detail").asString()).contains("/api/nothing-here").contains("no API route");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/nothing-here");
	}

	@Test
	void aPageThatDoesNotExistAnswersAnApiClient404Problem() {
		var response = http().get().uri("/no-such-page").header(HttpHeaders.AUTHORIZATION, bearer())
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		assertThat(problem(response, 404).path("detail").asString()).contains("/no-such-page");
	}

	@Test
	void aCallerThatNamesNoTypeAlsoGetsAProblem() {
		var response = http().get().uri("/no-such-page").header(HttpHeaders.AUTHORIZATION, bearer())
			.retrieve().toEntity(String.class);

		problem(response, 404);
	}

	@Test
	void aBrowserAskingForAMissingPageStillGetsAPageWithoutInternals() {
		var response = http().get().uri("/no-such-page").header(HttpHeaders.AUTHORIZATION, bearer())
			.accept(MediaType.TEXT_HTML, MediaType.ALL).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void aWrongMethodOnAGatewayEndpointAnswers405ProblemSayingWhichMethodItTakes() {
		var response = http().put().uri("/dashboard/csrf").header(HttpHeaders.AUTHORIZATION, bearer())
			.contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class);

		JsonNode problem = problem(response, 405);
		assertThat(problem.path("detail").asString()).isEqualTo("PUT is not allowed on /dashboard/csrf; it takes GET.");
		assertThat(response.getHeaders().getAllow()).extracting(Object::toString).containsExactly("GET");
	}

	@Test
	void aRouteWithoutCircuitBreakerToAServiceThatIsDownAnswers503ProblemWithRetryAfter() {
		var response = http().get().uri("/v3/api-docs/dependency").accept(MediaType.APPLICATION_JSON).retrieve()
			.toEntity(String.class);

		assertThat(problem(response, 503).path("detail").asString()).contains("/v3/api-docs/dependency")
			.contains("not answering");
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
	}

	@Test
	void theCircuitBreakersFallbackIsNoPageOfItsOwnForCallersWhoAskForIt() {
		var response = http().get().uri("/unavailable/backlog-service").header(HttpHeaders.AUTHORIZATION, bearer())
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		assertThat(problem(response, 404).path("detail").asString()).contains("/unavailable/backlog-service");
	}

	@Test
	void aSessionWriteWithoutCsrfTokenIsToldHowToSendOne() {
		var response = http().post().uri("/api/backlog/products").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON).body("{\"key\":\"EVIL\"}").retrieve().toEntity(String.class);

		JsonNode problem = problem(response, 403);
		assertThat(problem.path("title").asString()).isEqualTo("CSRF token missing or invalid");
		assertThat(problem.path("detail").asString()).contains("/dashboard/csrf");
	}

	private static String bearer() {
		return "Bearer " + tokens.tess().mint();
	}

	/** Asserts an RFC 9457 answer with this status and every member, and returns it. */
	static JsonNode problem(ResponseEntity<String> response, int status) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("trace").doesNotContain("org.spring");
		JsonNode problem = JsonMapper.shared().readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		for (String member : new String[] { "type", "title", "detail", "instance" }) {
			assertThat(problem.path(member).asString()).as(member + " in " + response.getBody()).isNotBlank();
		}
		return problem;
	}

}
