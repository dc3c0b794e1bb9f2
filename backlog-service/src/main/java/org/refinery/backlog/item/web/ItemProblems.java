package org.refinery.backlog.item.web;

import org.refinery.backlog.item.CompletionRefused;
import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemReferenceRefused;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.NotReady;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Item rule breaches as RFC 9457 problems that tell the caller what would be allowed. */
@RestControllerAdvice(assignableTypes = { ItemController.class, ItemChangeController.class, PlanningController.class,
		BulkController.class })
class ItemProblems {

	@ExceptionHandler
	ProblemDetail notFound(ItemNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Item not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(ItemRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Item rule violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail referenceRefused(ItemReferenceRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				List.of(InputError.body(ex.pointer(), ex.itemId().toString(), ex.rule())));
	}

	@ExceptionHandler
	ProblemDetail completionRefused(CompletionRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The completion time is refused: " + ex.getMessage(),
				List.of(InputError.body("/completedAt", ex.claimed().toString(), ex.rule())));
	}

	@ExceptionHandler
	ProblemDetail notReady(NotReady ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Definition of Ready not met", ex.getMessage());
		problem.setProperty("failingRules", ex.readiness().failing());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransition ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Status change not allowed", ex.getMessage());
		problem.setProperty("allowed", ex.allowed());
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleVersion ex) {
		return Problems.staleVersion(ex.current(), ex.getMessage());
	}


}
