package org.refinery.backlog.team.web;

import org.refinery.backlog.team.TeamKeyTaken;
import org.refinery.backlog.team.TeamRuleViolation;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Team rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = TeamController.class)
class TeamProblems {

	@ExceptionHandler
	ProblemDetail keyTaken(TeamKeyTaken ex) {
		return Problems.of(HttpStatus.CONFLICT, "Team key taken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(TeamRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Team rule violated", ex.getMessage());
	}

}
