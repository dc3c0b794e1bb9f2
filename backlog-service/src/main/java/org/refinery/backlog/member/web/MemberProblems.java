package org.refinery.backlog.member.web;

import org.refinery.backlog.member.LastOwnerRefused;
import org.refinery.backlog.member.MemberTeamRefused;
import org.refinery.backlog.member.MembershipStale;
import org.refinery.http.InputError;
import org.refinery.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Membership rule breaches as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = MemberController.class)
class MemberProblems {

	@ExceptionHandler
	ProblemDetail lastOwner(LastOwnerRefused ex) {
		return Problems.of(HttpStatus.CONFLICT, "Last product owner", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail teamRefused(MemberTeamRefused ex) {
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The request is refused: " + ex.getMessage(),
				List.of(InputError.body(ex.pointer(), ex.teamKey(), ex.rule())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(MembershipStale ex) {
		return Problems.staleVersion(ex.current(), ex.getMessage());
	}

}
