package org.refinery.system;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refusal of the platform must look like: the expected status, an RFC 9457
 * {@code application/problem+json} body whose {@code status} repeats it, and nothing of the
 * implementation (stack traces, exception class names, framework error pages).
 */
final class SecurityProblems {

	private SecurityProblems() {
	}

	/** Asserts a problem answer with this status and returns its body for further checks. */
	static JsonNode problem(HttpResponse<String> response, int status) {
		String call = response.request().method() + " " + response.request().uri();
		assertThat(response.statusCode()).as("%s answered %s", call, response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("%s content type", call)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = PlatformClient.json(response);
		assertThat(body.path("status").asInt()).as("%s problem status", call).isEqualTo(status);
		assertThat(body.path("title").asString()).as("%s problem title", call).isNotBlank();
		revealsNothing(response);
		return body;
	}

	/** No stack trace, exception class or framework error page in a body. */
	static void revealsNothing(HttpResponse<String> response) {
		assertThat(response.body()).as("%s %s leaks internals", response.request().method(), response.request().uri())
			.doesNotContainIgnoringCase("Whitelabel")
			.doesNotContain("Exception", "\tat ", "\"trace\"", "org.springframework", "tools.jackson", "java.lang",
					"SQLState", "jdbc:");
	}

	/** The bearer challenge of a refused token, as RFC 6750 asks. */
	static void challenged(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("WWW-Authenticate")).as("challenge of %s", response.request().uri())
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
	}

}
