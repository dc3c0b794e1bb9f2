package org.refinery.backlog.webhook.web;

import org.refinery.backlog.webhook.DestinationRefused;
import org.refinery.backlog.webhook.ReplayRefused;
import org.refinery.backlog.webhook.SubscriptionNotFound;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Webhook refusals as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = WebhookController.class)
class WebhookProblems {

	@ExceptionHandler
	ProblemDetail destination(DestinationRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
				List.of(InputError.body("/url", ex.url().toString(), ex.rule())));
	}

	@ExceptionHandler
	ProblemDetail notFound(SubscriptionNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Webhook not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail replay(ReplayRefused ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not a dead delivery", ex.getMessage());
	}

}
