package org.refinery.backlog.session.web;

import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemReferenceRefused;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.NotReady;
import org.refinery.backlog.session.PeopleRefused;
import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.StaleSession;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * Session rule breaches as RFC 9457 problems. An outcome that claims a state of an item is
 * refused for the item's reasons too, in the same words and members as the item endpoints use
 * ({@code failingRules}, {@code allowed}).
 */
@RestControllerAdvice(assignableTypes = { SessionController.class, SessionEventsController.class, PresenceController.class })
class SessionProblems {

	@ExceptionHandler
	ProblemDetail notFound(SessionNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Refinement session not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(SessionRuleViolation ex) {
		return Problems.of(ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, "Session rule violated",
				ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleSession ex) {
		return Problems.staleVersion(ex.current(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail itemNotFound(ItemNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Item not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail itemRuleViolated(ItemRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Item rule violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail referenceRefused(ItemReferenceRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				List.of(InputError.body(ex.pointer(), ex.itemId().toString(), ex.rule())));
	}

	@ExceptionHandler
	ProblemDetail peopleRefused(PeopleRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				ex.refusals().stream().map(r -> InputError.body(r.pointer(), r.username(), r.rule())).toList());
	}

	@ExceptionHandler
	ProblemDetail notReady(NotReady ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Definition of Ready not met",
				ex.getMessage());
		problem.setProperty("failingRules", ex.readiness().failing());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransition ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Status change not allowed", ex.getMessage());
		problem.setProperty("allowed", ex.allowed());
		return problem;
	}

}
