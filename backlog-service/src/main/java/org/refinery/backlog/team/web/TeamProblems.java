package org.refinery.backlog.team.web;

import org.refinery.backlog.team.TeamKeyTaken;
import org.refinery.backlog.team.TeamRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Team rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = TeamController.class)
class TeamProblems {

	@ExceptionHandler
	ProblemDetail keyTaken(TeamKeyTaken ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Team key taken");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(TeamRuleViolation ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Team rule violated");
		return problem;
	}

}
