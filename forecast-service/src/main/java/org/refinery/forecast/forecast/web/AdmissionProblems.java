package org.refinery.forecast.forecast.web;

import org.refinery.forecast.forecast.OverBudget;
import org.refinery.forecast.simulation.OutOfTime;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forecasts not admitted, as RFC 9457 problems: over budget is the request's fault and says which
 * field to lower (422); busy is the moment's and is answered by http-adapter's
 * {@link org.refinery.http.BusyProblems} (429 for this user, 503 for the service, with
 * {@code Retry-After}); out of time is the service's (503). Each carries a
 * {@code reason}, so a client tells them from the gateway's own rate-limit refusals. Ordered first:
 * the shared catch-all for {@code Exception} (http-adapter's RequestProblems) has the same lowest
 * precedence, and only bean registration order would otherwise keep it from answering these 500.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { ForecastController.class, ScenarioController.class,
		BaselineController.class })
class AdmissionProblems {

	@ExceptionHandler
	ProblemDetail overBudget(OverBudget ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Forecast over budget", ex, "over-budget");
		problem.setProperty("errors", ex.violations().stream().map(AdmissionProblems::error).toList());
		problem.setProperty("limit", ex.limit());
		problem.setProperty("maxTrials", ex.maxTrials());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail outOfTime(OutOfTime ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Forecast out of time", ex, "out-of-time");
		problem.setDetail(ex.getMessage() + "; nothing was stored. Try again when the service is less busy, "
				+ "or lower trials or horizon");
		problem.setProperty("trialsRun", ex.trialsRun());
		problem.setProperty("trials", ex.trials());
		return problem;
	}

	private static Map<String, Object> error(OverBudget.Violation violation) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("pointer", violation.pointer());
		error.put("value", violation.value());
		error.put("rule", violation.rule());
		error.put("limit", violation.limit());
		return error;
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		problem.setProperty("reason", reason);
		return problem;
	}

}
