package org.refinery.http;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How every service writes a problem, so that a caller meets one shape everywhere: a title per
 * kind of failure, the detail in a sentence, and for input at fault an {@code errors} array of
 * {@link InputError}s. Feature advice classes map their domain exceptions with these.
 */
public final class Problems {

	/** Where Refinery's problem types live; the gateway's own refusals use the same base. */
	public static final String TYPES = "https://refinery.dev/problems/";

	/** The problem type of every refusal that names fields: {@code errors} says which and why. */
	public static final URI INVALID_INPUT = URI.create(TYPES + "invalid-input");

	private Problems() {
	}

	/** A problem with a title and a detail sentence. */
	public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** A problem naming the fields at fault, its detail summing them up: {@code title must not be blank; size must be at most 500}. */
	public static ProblemDetail invalid(HttpStatusCode status, List<InputError> errors) {
		return invalid(status, "The request is invalid: " + errors.stream()
			.map(error -> InputError.label(error.pointer()) + " " + error.rule())
			.collect(Collectors.joining("; ")), errors);
	}

	/** A problem naming the fields at fault, with a detail of its own. */
	public static ProblemDetail invalid(HttpStatusCode status, String detail, List<InputError> errors) {
		ProblemDetail problem = of(status, status.value() == 400 ? "Invalid request" : "Request refused", detail);
		problem.setType(INVALID_INPUT);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The 412 answer to a change made against a version that is no longer current: the current
	 * version in the body and as the {@code ETag}, so that a client can reload and decide again.
	 */
	public static ResponseEntity<ProblemDetail> staleVersion(long currentVersion, String detail) {
		ProblemDetail problem = of(HttpStatus.PRECONDITION_FAILED, "Stale version", detail);
		problem.setProperty("currentVersion", currentVersion);
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.header(HttpHeaders.ETAG, IfMatch.etag(currentVersion))
			.body(problem);
	}

}
