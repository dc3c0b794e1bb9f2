package org.refinery.backlog.product.web;

import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductKeyTaken;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductRuleViolation;
import org.refinery.backlog.product.ProductVersionStale;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
		return Problems.of(HttpStatus.NOT_FOUND, "Product not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail denied(ProductAccessDenied ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not allowed on this product", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(ProductVersionStale ex) {
		return Problems.staleVersion(ex.current(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail keyTaken(ProductKeyTaken ex) {
		return Problems.of(HttpStatus.CONFLICT, "Product key taken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(ProductRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Product rule violated", ex.getMessage());
	}


}
