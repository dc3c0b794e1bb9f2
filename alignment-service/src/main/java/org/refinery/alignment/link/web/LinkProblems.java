package org.refinery.alignment.link.web;

import org.refinery.alignment.link.AlreadyLinked;
import org.refinery.alignment.link.ItemNotVisible;
import org.refinery.alignment.link.LinkNotFound;
import org.refinery.alignment.link.LinkRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Link rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = LinkController.class)
class LinkProblems {

	@ExceptionHandler
	ProblemDetail notFound(LinkNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Link not found", ex);
	}

	@ExceptionHandler
	ProblemDetail itemNotVisible(ItemNotVisible ex) {
		return problem(HttpStatus.NOT_FOUND, "Item not found", ex);
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(LinkRuleViolation ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Link rule violated", ex);
	}

	@ExceptionHandler
	ProblemDetail alreadyLinked(AlreadyLinked ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Already linked", ex);
		if (ex.existing() != null) {
			problem.setProperty("existingLinkId", ex.existing());
		}
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
