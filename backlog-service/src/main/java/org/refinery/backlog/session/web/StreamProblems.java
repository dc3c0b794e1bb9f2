package org.refinery.backlog.session.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused stream as an RFC 9457 problem with {@code Retry-After}. Ahead of every other advice,
 * because the first advice with a matching handler wins and the fallback catches everything.
 */
@RestControllerAdvice(assignableTypes = SessionEventsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(TooManyStreams ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setTitle("Too many live streams");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

}
