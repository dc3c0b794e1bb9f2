package org.refinery.dependency.tracking.web;

import org.refinery.dependency.tracking.CycleRefused;
import org.refinery.dependency.tracking.DependencyAccessDenied;
import org.refinery.dependency.tracking.DependencyNotFound;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.DuplicateDependency;
import org.refinery.dependency.tracking.IllegalTransition;
import org.refinery.dependency.tracking.ReferenceRefused;
import org.refinery.dependency.tracking.StaleVersion;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** Dependency rule breaches as RFC 9457 problems that tell the caller what would be allowed. */
@RestControllerAdvice(assignableTypes = DependencyController.class)
class DependencyProblems {

	@ExceptionHandler
	ProblemDetail notFound(DependencyNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Dependency not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail referenceRefused(ReferenceRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				List.of(InputError.body(ex.pointer(), ex.id().toString(), ex.rule())));
	}

	@ExceptionHandler
	ProblemDetail denied(DependencyAccessDenied ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not allowed on this dependency", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(DependencyRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Dependency rule violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail duplicate(DuplicateDependency ex) {
		return Problems.of(HttpStatus.CONFLICT, "Duplicate dependency", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail cycle(CycleRefused ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Dependency cycle", ex.getMessage());
		problem.setProperty("cycle", ex.cycle()
			.stream()
			.map(end -> Map.of("itemId", end.itemId(), "itemKey", String.valueOf(end.itemKey()), "teamKey",
					String.valueOf(end.teamKey())))
			.toList());
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
