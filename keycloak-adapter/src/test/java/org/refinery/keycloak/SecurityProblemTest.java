package org.refinery.keycloak;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** How refusals read: RFC 9457 bodies and RFC 6750 challenges. */
class SecurityProblemTest {

	@Test
	void aMissingTokenIsA401ProblemWithABareBearerChallenge() {
		var problem = SecurityProblem.unauthenticated(new InsufficientAuthenticationException("anonymous"), "refinery",
				"/api/backlog/products");

		assertThat(problem.status()).isEqualTo(401);
		assertThat(problem.challenge()).isEqualTo("Bearer realm=\"refinery\"");
		assertThat(json(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
				+ "\"detail\":\"A valid bearer token from the Keycloak realm is required\","
				+ "\"instance\":\"/api/backlog/products\"}");
	}

	@Test
	void aRefusedTokenSaysWhyInTheChallengeAndTheBody() {
		var problem = SecurityProblem.unauthenticated(new InvalidBearerTokenException("Jwt expired at 2026-01-05"),
				"refinery", "/x");

		assertThat(problem.status()).isEqualTo(401);
		assertThat(problem.challenge()).isEqualTo(
				"Bearer realm=\"refinery\", error=\"invalid_token\", error_description=\"Jwt expired at 2026-01-05\"");
		assertThat(json(problem)).contains("\"reason\":\"Jwt expired at 2026-01-05\"");
	}

	@Test
	void aMalformedAuthorizationHeaderIsTheCallersMistake() {
		var problem = SecurityProblem.unauthenticated(
				new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest("Bearer token is malformed")),
				"refinery", "/x");

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST.value());
		assertThat(problem.title()).isEqualTo("Bad Request");
		assertThat(problem.challenge()).contains("error=\"invalid_request\"");
	}

	@Test
	void aForbiddenRequestIsA403ProblemWithAnInsufficientScopeChallenge() {
		var problem = SecurityProblem.forbidden("refinery", "/api/backlog/products");

		assertThat(problem.status()).isEqualTo(403);
		assertThat(problem.challenge()).startsWith("Bearer realm=\"refinery\", error=\"insufficient_scope\"");
		assertThat(json(problem)).contains("\"title\":\"Forbidden\"",
				"\"detail\":\"You lack the role or membership this needs\"");
	}

	@Test
	void textIsEscapedIntoValidJson() {
		var problem = new SecurityProblem(401, "Unauthorized", "say \"hi\"\\\n\u0001", "/p?q=\"", null, "Bearer");

		assertThat(json(problem)).contains("\"detail\":\"say \\\"hi\\\"\\\\\\n\\u0001\"", "\"instance\":\"/p?q=\\\"\"");
	}

	private static String json(SecurityProblem problem) {
		return new String(problem.toJson(), StandardCharsets.UTF_8);
	}

}
