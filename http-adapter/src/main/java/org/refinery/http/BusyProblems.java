package org.refinery.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Work not admitted by {@link Permits}: 429 when this user already runs as many as allowed, 503
 * when the service does, both with {@code Retry-After}, the {@code limit} that refused and a
 * {@code reason} ({@code user-busy}, {@code service-busy}) that tells them from the gateway's own
 * rate limit. Ordered first, ahead of {@link RequestProblems}' catch-all and any feature's advice.
 * Public so that a standalone MockMvc test can register it beside a feature's own advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BusyProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(Busy ex) {
		HttpStatus status = ex.scope() == Busy.Scope.USER ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
		ProblemDetail problem = Problems.of(status, ex.title(), ex.getMessage());
		problem.setProperty("reason", ex.reason());
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(status)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

}
