package org.refinery.alignment.summary.web;

import org.refinery.alignment.summary.ProductNotFound;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Summary requests for products the caller cannot see, as RFC 9457 problems. */
@RestControllerAdvice
class SummaryProblems {

	@ExceptionHandler
	ProblemDetail notFound(ProductNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Product not found", ex.getMessage());
	}

}
