package org.refinery.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Spring's {@code CorsWebFilter} with one difference: a refused cross-origin request fails with a
 * 403 problem that says why, which the gateway's problem handler writes, instead of ending with an
 * empty 403 that leaves a script's author guessing between CORS, CSRF and roles.
 */
final class CorsProblemFilter implements WebFilter {

	private final CorsConfigurationSource policy;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	CorsProblemFilter(CorsConfigurationSource policy) {
		this.policy = policy;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsConfiguration configuration = policy.getCorsConfiguration(exchange);
		if (!processor.process(configuration, exchange)) {
			return Mono.error(refusal(configuration, exchange.getRequest()));
		}
		// An accepted preflight is answered by the headers the processor has set; it goes no further.
		return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
	}

	static ErrorResponseException refusal(CorsConfiguration configuration, ServerHttpRequest request) {
		String origin = request.getHeaders().getOrigin();
		boolean originAllowed = configuration != null && origin != null && configuration.checkOrigin(origin) != null;
		ProblemDetail problem;
		if (originAllowed) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The preflight from " + origin
					+ " asks for a method or headers that cross-origin calls to the API may not use.");
			problem.setTitle("Cross-origin request not allowed");
			problem.setType(URI.create("https://refinery.dev/problems/cross-origin-request-not-allowed"));
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The origin " + origin
					+ " is not allowed to call the API from a browser; only the dashboard's own origin and the "
					+ "configured refinery.gateway.cors.allowed-origins are.");
			problem.setTitle("Origin not allowed");
			problem.setType(URI.create("https://refinery.dev/problems/origin-not-allowed"));
		}
		return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
	}

}
