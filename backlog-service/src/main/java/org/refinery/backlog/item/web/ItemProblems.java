package org.refinery.backlog.item.web;

import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.NotReady;
import org.refinery.backlog.item.StaleVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Item rule breaches as RFC 9457 problems that tell the caller what would be allowed. */
@RestControllerAdvice(assignableTypes = { ItemController.class, ItemChangeController.class })
class ItemProblems {

	@ExceptionHandler
	ProblemDetail notFound(ItemNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Item not found", ex);
	}

	@ExceptionHandler
	ProblemDetail invalidPage(PageCursor.InvalidPageRequest ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid page request", ex);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(ItemRuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Item rule violated", ex);
	}

	@ExceptionHandler
	ProblemDetail notReady(NotReady ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Definition of Ready not met", ex);
		problem.setProperty("failingRules", ex.readiness().failing());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransition ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Status change not allowed", ex);
		problem.setProperty("allowed", ex.allowed());
		return problem;
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
