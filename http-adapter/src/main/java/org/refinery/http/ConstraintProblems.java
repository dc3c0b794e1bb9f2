package org.refinery.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write that broke a database constraint, in a service with a database: the caller's data
 * conflicts with what was stored meanwhile (a key taken by a concurrent request). Input the
 * database would refuse for its form (a NUL in text) never gets this far: strict reading refuses
 * it with the field named.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ConstraintProblems {

	private static final Logger log = LoggerFactory.getLogger(ConstraintProblems.class);

	@ExceptionHandler
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		log.warn("Refused a write that broke a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return Problems.of(HttpStatus.CONFLICT, "Conflicting data",
				"The change conflicts with data stored meanwhile; reload and try again");
	}

}
