package org.refinery.forecast.forecast.web;

import org.refinery.forecast.forecast.InvalidForecastRequest;
import org.refinery.forecast.forecast.ItemNotFound;
import org.refinery.forecast.forecast.NoForecastYet;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.simulation.NoHistory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Forecast mistakes as RFC 9457 problems; a product without any history is 422, not a guess. */
@RestControllerAdvice(assignableTypes = { ForecastController.class, ItemForecastController.class })
class ForecastProblems {

	@ExceptionHandler
	ProblemDetail notFound(ProductNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Product not found", ex);
	}

	@ExceptionHandler
	ProblemDetail itemNotFound(ItemNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Item not found", ex);
	}

	@ExceptionHandler
	ProblemDetail noForecast(NoForecastYet ex) {
		return problem(HttpStatus.NOT_FOUND, "No forecast yet", ex);
	}

	@ExceptionHandler
	ProblemDetail noHistory(NoHistory ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "No throughput history", ex);
		problem.setProperty("teams", ex.teams());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidForecastRequest ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid forecast request", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
