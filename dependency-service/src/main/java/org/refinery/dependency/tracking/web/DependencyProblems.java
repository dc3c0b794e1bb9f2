package org.refinery.dependency.tracking.web;

import org.refinery.dependency.tracking.CycleRefused;
import org.refinery.dependency.tracking.DependencyAccessDenied;
import org.refinery.dependency.tracking.DependencyNotFound;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.DuplicateDependency;
import org.refinery.dependency.tracking.IllegalTransition;
import org.refinery.dependency.tracking.ItemNotVisible;
import org.refinery.dependency.tracking.SessionNotVisible;
import org.refinery.dependency.tracking.StaleVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Dependency rule breaches as RFC 9457 problems that tell the caller what would be allowed. */
@RestControllerAdvice(assignableTypes = DependencyController.class)
class DependencyProblems {

	@ExceptionHandler
	ProblemDetail notFound(DependencyNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Dependency not found", ex);
	}

	@ExceptionHandler
	ProblemDetail itemNotVisible(ItemNotVisible ex) {
		return problem(HttpStatus.NOT_FOUND, "Item not found", ex);
	}

	@ExceptionHandler
	ProblemDetail sessionNotVisible(SessionNotVisible ex) {
		return problem(HttpStatus.NOT_FOUND, "Refinement session not found", ex);
	}

	@ExceptionHandler
	ProblemDetail denied(DependencyAccessDenied ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed on this dependency", ex);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(DependencyRuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Dependency rule violated", ex);
	}

	@ExceptionHandler
	ProblemDetail duplicate(DuplicateDependency ex) {
		return problem(HttpStatus.CONFLICT, "Duplicate dependency", ex);
	}

	@ExceptionHandler
	ProblemDetail cycle(CycleRefused ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Dependency cycle", ex);
		problem.setProperty("cycle", ex.cycle()
			.stream()
			.map(end -> Map.of("itemId", end.itemId(), "itemKey", String.valueOf(end.itemKey()), "teamKey",
					String.valueOf(end.teamKey())))
			.toList());
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
