package org.refinery.forecast.forecast.web;

import org.refinery.forecast.forecast.BaselineSettingsStale;
import org.refinery.forecast.forecast.InvalidForecastRequest;
import org.refinery.forecast.forecast.ForecastNotAllowed;
import org.refinery.forecast.forecast.ItemNotFound;
import org.refinery.forecast.forecast.NoForecastYet;
import org.refinery.forecast.forecast.NoPointHistory;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.forecast.ScenarioNotFound;
import org.refinery.forecast.forecast.ScenarioRefused;
import org.refinery.forecast.simulation.NoHistory;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Forecast mistakes as RFC 9457 problems; a product without any history is 422, not a guess. */
@RestControllerAdvice(assignableTypes = { ForecastController.class, ItemForecastController.class,
		BaselineController.class, ScenarioController.class, ExportController.class })
class ForecastProblems {

	@ExceptionHandler
	ProblemDetail notFound(ProductNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Product not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail itemNotFound(ItemNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Item not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(ForecastNotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail noForecast(NoForecastYet ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "No forecast yet", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail noHistory(NoHistory ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "No throughput history", ex.getMessage());
		problem.setProperty("teams", ex.teams());
		return problem;
	}

	/** 422 pointing at the mode: the request is well-formed, but these teams' history has no points to forecast from. */
	@ExceptionHandler
	ProblemDetail noPointHistory(NoPointHistory ex) {
		ProblemDetail problem = Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
				List.of(InputError.body("/mode", "POINTS", "needs point history for " + String.join(", ", ex.teams()))));
		problem.setProperty("teams", ex.teams());
		return problem;
	}

	/** A version no longer current: the current one in the body and as the ETag. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(BaselineSettingsStale ex) {
		return Problems.staleVersion(ex.currentVersion(), ex.getMessage());
	}

	/** Too many scenarios, a name used already, or no baseline to compare with: 409, naming the field when there is one. */
	@ExceptionHandler
	ProblemDetail refused(ScenarioRefused ex) {
		return ex.pointer() == null ? Problems.of(HttpStatus.CONFLICT, "Scenario refused", ex.getMessage())
				: Problems.invalid(HttpStatus.CONFLICT, ex.getMessage(),
						List.of(InputError.body(ex.pointer(), ex.value(), ex.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail scenarioNotFound(ScenarioNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Scenario not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidForecastRequest ex) {
		return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(InputError.body(ex.field(), ex.value(), ex.getMessage())));
	}


}
