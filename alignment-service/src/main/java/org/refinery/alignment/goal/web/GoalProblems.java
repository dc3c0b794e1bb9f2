package org.refinery.alignment.goal.web;

import org.refinery.alignment.goal.GoalAccessDenied;
import org.refinery.alignment.goal.GoalNotFound;
import org.refinery.alignment.goal.GoalRuleViolation;
import org.refinery.alignment.goal.StaleVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Goal rule breaches as RFC 9457 problems with the rule in plain words. Global, because links
 * and summaries look goals up and check the caller's rights with the same exceptions.
 */
@RestControllerAdvice
class GoalProblems {

	@ExceptionHandler
	ProblemDetail notFound(GoalNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Goal not found", ex);
	}

	@ExceptionHandler
	ProblemDetail denied(GoalAccessDenied ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(GoalRuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Goal rule violated", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleVersion ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Stale version", ex);
		problem.setProperty("currentVersion", ex.current());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.header(HttpHeaders.ETAG, "\"" + ex.current() + "\"")
			.body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
