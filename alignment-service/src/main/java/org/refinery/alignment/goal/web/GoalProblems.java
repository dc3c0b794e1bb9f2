package org.refinery.alignment.goal.web;

import org.refinery.alignment.goal.GoalAccessDenied;
import org.refinery.alignment.goal.GoalNotFound;
import org.refinery.alignment.goal.GoalRuleViolation;
import org.refinery.alignment.goal.StaleVersion;
import org.refinery.alignment.goal.TargetSharesExceeded;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * Goal rule breaches as RFC 9457 problems with the rule in plain words. Global, because links
 * and summaries look goals up and check the caller's rights with the same exceptions.
 */
@RestControllerAdvice
class GoalProblems {

	@ExceptionHandler
	ProblemDetail notFound(GoalNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Goal not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail denied(GoalAccessDenied ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(GoalRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Goal rule violated", ex.getMessage());
	}

	/** Names the field, so a client can mark it: the share asked for and what the level would add up to. */
	@ExceptionHandler
	ProblemDetail sharesExceeded(TargetSharesExceeded ex) {
		ProblemDetail problem = Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
				List.of(InputError.body("/targetInvestmentShare", ex.share(),
						"must keep the target shares at its level within 100 %; they would add up to "
								+ ex.total().movePointRight(2).stripTrailingZeros().toPlainString() + " %")));
		problem.setTitle("Goal rule violated");
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleVersion ex) {
		return Problems.staleVersion(ex.current(), ex.getMessage());
	}
}
