package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

/** WebFlux refusals read exactly like the services' ones. */
class ServerProblemEntryPointTest {

	final ServerProblemEntryPoint entryPoint = new ServerProblemEntryPoint("refinery");

	@Test
	void aMissingTokenIsAnswered401ProblemJsonWithABearerChallenge() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/backlog/products"));

		entryPoint.commence(exchange, new AuthenticationCredentialsNotFoundException("none")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"refinery\"");
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":401",
				"\"instance\":\"/api/backlog/products\"");
	}

	@Test
	void aRefusedTokenCarriesTheReason() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));

		entryPoint.commence(exchange, new InvalidBearerTokenException("Jwt expired")).block();

		assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).contains("error=\"invalid_token\"");
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"reason\":\"Jwt expired\"");
	}

	@Test
	void aDeniedRequestIsAnswered403ProblemJson() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));

		entryPoint.handle(exchange, new AccessDeniedException("no")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("You lack the role or membership this needs");
	}

}
