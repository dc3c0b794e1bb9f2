package org.refinery.backlog.session.web;

import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Session rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = { SessionController.class, SessionEventsController.class })
class SessionProblems {

	@ExceptionHandler
	ProblemDetail notFound(SessionNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(SessionRuleViolation ex) {
		var problem = ProblemDetail.forStatusAndDetail(
				ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Session rule violated");
		return problem;
	}

}
