package org.refinery.alignment.link.web;

import org.refinery.alignment.link.AlreadyLinked;
import org.refinery.alignment.link.ItemNotVisible;
import org.refinery.alignment.link.LinkNotFound;
import org.refinery.alignment.link.LinkRuleViolation;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Link rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = LinkController.class)
class LinkProblems {

	@ExceptionHandler
	ProblemDetail notFound(LinkNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Link not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail itemNotVisible(ItemNotVisible ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Item not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(LinkRuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Link rule violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail alreadyLinked(AlreadyLinked ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Already linked", ex.getMessage());
		if (ex.existing() != null) {
			problem.setProperty("existingLinkId", ex.existing());
		}
		return problem;
	}


}
