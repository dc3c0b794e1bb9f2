package org.refinery.forecast.throughput.web;

import org.refinery.forecast.throughput.InvalidHistory;
import org.refinery.forecast.throughput.NotAllowed;
import org.refinery.forecast.throughput.TeamNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Import mistakes as RFC 9457 problems that list every line to fix; a team the caller cannot see as not found. */
@RestControllerAdvice(assignableTypes = ThroughputController.class)
class ThroughputProblems {

	@ExceptionHandler
	ProblemDetail invalid(InvalidHistory ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid throughput history", ex);
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(TeamNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Team not found", ex);
	}

	@ExceptionHandler
	ProblemDetail notAllowed(NotAllowed ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
