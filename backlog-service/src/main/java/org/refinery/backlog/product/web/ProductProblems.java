package org.refinery.backlog.product.web;

import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductKeyTaken;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductRuleViolation;
import org.refinery.backlog.product.ProductVersionStale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Product rule breaches as RFC 9457 problems with the rule in plain words. Global, because
 * every feature of the backlog looks its product up and checks the caller's rights on it.
 */
@RestControllerAdvice
class ProductProblems {

	@ExceptionHandler
	ProblemDetail notFound(ProductNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Product not found", ex);
	}

	@ExceptionHandler
	ProblemDetail denied(ProductAccessDenied ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed on this product", ex);
	}

	@ExceptionHandler
	org.springframework.http.ResponseEntity<ProblemDetail> stale(ProductVersionStale ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Stale version", ex);
		problem.setProperty("currentVersion", ex.current());
		return org.springframework.http.ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(Long.toString(ex.current()))
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail keyTaken(ProductKeyTaken ex) {
		return problem(HttpStatus.CONFLICT, "Product key taken", ex);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(ProductRuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Product rule violated", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
