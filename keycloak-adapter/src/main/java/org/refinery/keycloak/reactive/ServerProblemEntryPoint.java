package org.refinery.keycloak.reactive;

import org.refinery.keycloak.SecurityProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers 401 and 403 in WebFlux as {@code application/problem+json} with a
 * {@code WWW-Authenticate: Bearer} challenge, exactly as the servlet services do.
 */
public final class ServerProblemEntryPoint implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final String realm;

	/** Challenges in the name of {@code realm}, e.g. {@code refinery}. */
	public ServerProblemEntryPoint(String realm) {
		this.realm = realm;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
		return write(exchange, SecurityProblem.unauthenticated(exception, realm, path(exchange)));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return write(exchange, SecurityProblem.forbidden(realm, path(exchange)));
	}

	private static String path(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value();
	}

	private static Mono<Void> write(ServerWebExchange exchange, SecurityProblem problem) {
		return Mono.defer(() -> {
			ServerHttpResponse response = exchange.getResponse();
			response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
			response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, problem.challenge());
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return response.writeWith(Mono.just(response.bufferFactory().wrap(problem.toJson())));
		});
	}

}
