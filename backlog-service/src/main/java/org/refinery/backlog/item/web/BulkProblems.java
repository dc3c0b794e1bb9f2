package org.refinery.backlog.item.web;

import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.NotReady;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.item.application.BulkRefused;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused bulk change as one problem: {@code errors} points at each refused item of the request
 * ({@code /items/3}) with its reason, and {@code refused} adds per item the status its single-item
 * endpoint would have answered, and what that answer carries (the current version of a stale
 * item, the failing Definition of Ready rules, the allowed statuses). The problem's own status is
 * the items' when they all share one (412 when every refused item is stale, so that a client
 * reloads), otherwise 422.
 */
@RestControllerAdvice(assignableTypes = BulkController.class)
class BulkProblems {

	@ExceptionHandler
	ProblemDetail refused(BulkRefused ex) {
		var statuses = ex.refusals().stream().map(refusal -> statusOf(refusal.reason())).distinct().toList();
		HttpStatus status = statuses.size() == 1 ? statuses.getFirst() : HttpStatus.UNPROCESSABLE_CONTENT;
		List<InputError> errors = ex.refusals().stream()
			.map(refusal -> InputError.body("/items/" + refusal.index(), refusal.id().toString(),
					refusal.reason().getMessage()))
			.toList();
		ProblemDetail problem = Problems.invalid(status, ex.getMessage() + ": " + errors.stream()
			.map(error -> error.pointer() + " " + error.rule()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
		problem.setProperty("refused", ex.refusals().stream().map(BulkProblems::refusal).toList());
		return problem;
	}

	private static Map<String, Object> refusal(BulkRefused.Refusal refusal) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("index", refusal.index());
		shown.put("id", refusal.id());
		shown.put("status", statusOf(refusal.reason()).value());
		shown.put("detail", refusal.reason().getMessage());
		switch (refusal.reason()) {
			case StaleVersion stale -> shown.put("currentVersion", stale.current());
			case NotReady notReady -> shown.put("failingRules", notReady.readiness().failing());
			case IllegalTransition transition -> shown.put("allowed", transition.allowed());
			default -> {
			}
		}
		return shown;
	}

	private static HttpStatus statusOf(RuntimeException reason) {
		return switch (reason) {
			case StaleVersion _ -> HttpStatus.PRECONDITION_FAILED;
			case IllegalTransition _ -> HttpStatus.CONFLICT;
			case ItemNotFound _ -> HttpStatus.NOT_FOUND;
			case ProductAccessDenied _ -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

}
