package org.refinery.forecast.throughput.web;

import jakarta.servlet.http.HttpServletRequest;
import org.refinery.forecast.throughput.InvalidHistory;
import org.refinery.forecast.throughput.NotAllowed;
import org.refinery.forecast.throughput.TeamNotFound;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Import mistakes as RFC 9457 problems that list every row to fix: in a JSON import by pointer to
 * the row's field ({@code /3/items}), in a CSV import by line ({@code #/line/4}); a team the
 * caller cannot see as not found.
 */
@RestControllerAdvice(assignableTypes = ThroughputController.class)
class ThroughputProblems {

	@ExceptionHandler
	ProblemDetail invalid(InvalidHistory ex, HttpServletRequest request) {
		boolean csv = String.valueOf(request.getContentType()).startsWith("text/csv");
		return Problems.invalid(HttpStatus.BAD_REQUEST, ex.getMessage(),
				ex.errors().stream().map(error -> csv ? onLine(error) : inList(error)).toList());
	}

	@ExceptionHandler
	ProblemDetail notFound(TeamNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Team not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(NotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	private static InputError onLine(InvalidHistory.RowError error) {
		String field = error.field() == null ? "" : error.field() + " ";
		return InputError.body(error.line() == 0 ? "" : "#/line/" + error.line(), null, field + error.rule());
	}

	private static InputError inList(InvalidHistory.RowError error) {
		String row = error.line() == 0 ? "" : "/" + (error.line() - 1);
		return InputError.body(error.field() == null ? row : row + "/" + error.field(), null, error.rule());
	}

}
