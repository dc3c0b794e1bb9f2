package org.refinery.backlog.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The last line: whatever no feature mapped still answers in problem+json, never with a stack
 * trace or a framework error page. A constraint the database enforced is a conflict of the
 * caller's data with what is stored; anything else is ours, logged with its cause.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);

	@ExceptionHandler
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		log.warn("Refused a write that broke a database constraint: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with data stored meanwhile; reload and try again");
		problem.setTitle("Conflicting data");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		log.error("Request failed unexpectedly", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; the change was not applied");
		problem.setTitle("Internal error");
		return problem;
	}

}
