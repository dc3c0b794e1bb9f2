package org.refinery.gateway.problem;

import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Answers the gateway's own failures with problems. Ordered before Boot's error handler (-1), to
 * which it leaves what it does not answer: responses already under way, and browser navigations,
 * told apart by the same rule that sends them to the login page instead of a 401 problem (they
 * name text/html among the types they accept). Written with the application's codecs, so the
 * problem is serialized exactly as the controllers' problems are.
 */
@Component
@Order(-2)
class ProblemResponses implements WebExceptionHandler {

	private final ServerResponse.Context codecs;

	ProblemResponses(ServerCodecConfigurer codecs) {
		this.codecs = new ServerResponse.Context() {
			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}
		};
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted() || asksForHtml(exchange.getRequest())) {
			return Mono.error(failure);
		}
		ResponseEntity<ProblemDetail> answer = GatewayProblems.of(failure, exchange.getRequest());
		return ServerResponse.status(answer.getStatusCode())
			.headers(headers -> headers.addAll(answer.getHeaders()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(answer.getBody())
			.flatMap(response -> response.writeTo(exchange, codecs));
	}

	static boolean asksForHtml(ServerHttpRequest request) {
		try {
			return request.getHeaders()
				.getAccept()
				.stream()
				.anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

}
