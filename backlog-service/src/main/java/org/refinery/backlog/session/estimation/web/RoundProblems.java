package org.refinery.backlog.session.estimation.web;

import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.estimation.NotOnAgenda;
import org.refinery.backlog.session.estimation.RoundNotFound;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Estimation round refusals as RFC 9457 problems: 404 for what the caller may not see, 409 and 422 for rules. */
@RestControllerAdvice(assignableTypes = RoundController.class)
class RoundProblems {

	@ExceptionHandler
	ProblemDetail sessionNotFound(SessionNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Refinement session not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail roundNotFound(RoundNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Estimation round not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(SessionRuleViolation ex) {
		return Problems.of(ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
				"Estimation rule violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notOnAgenda(NotOnAgenda ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				List.of(InputError.body("/itemId", ex.itemId().toString(), "must be an item on the session's agenda")));
	}

}
