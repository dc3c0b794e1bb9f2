package org.refinery.alignment.summary.web;

import org.refinery.alignment.summary.ProductNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Summary requests for products the caller cannot see, as RFC 9457 problems. */
@RestControllerAdvice
class SummaryProblems {

	@ExceptionHandler
	ProblemDetail notFound(ProductNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Product not found");
		return problem;
	}

}
