package org.refinery.backlog.export.web;

import org.refinery.backlog.export.ExportsBusy;
import org.refinery.http.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An export not admitted: 429 when this user already runs as many as allowed, 503 when the
 * service does, both with {@code Retry-After} and a {@code reason} ({@code user-busy},
 * {@code service-busy}) that tells them from the gateway's own rate limit. Ordered first, ahead
 * of the shared catch-all.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(ExportsBusy ex) {
		boolean user = ex.scope() == ExportsBusy.Scope.USER;
		HttpStatus status = user ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
		ProblemDetail problem = Problems.of(status, user ? "Too many exports of yours" : "Exports busy",
				ex.getMessage());
		problem.setProperty("reason", user ? "user-busy" : "service-busy");
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(status)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

}
