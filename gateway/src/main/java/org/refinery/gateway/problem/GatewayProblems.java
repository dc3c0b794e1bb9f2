package org.refinery.gateway.problem;

import org.refinery.http.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;

import java.net.ConnectException;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the gateway answers for an exception it raised itself: the status, the headers the caller
 * needs (Allow, Retry-After) and a problem whose detail says what went wrong in the caller's terms.
 * Framework details such as "No static resource" describe the implementation, not the request, so
 * 404 and 405 get details of their own; everything unexpected is a bare 500. A refusal of the
 * gateway's own keeps its type, title, instance and {@code errors}.
 */
final class GatewayProblems {

	private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

	/** Where Refinery's problem types live; the same base as the services' circuit-breaker problems. */
	static final String TYPES = Problems.TYPES;

	private static final URI BLANK = URI.create("about:blank");

	private GatewayProblems() {
	}

	static ResponseEntity<ProblemDetail> of(Throwable failure, ServerHttpRequest request) {
		if (failure instanceof ErrorResponse known) {
			return known(known, request);
		}
		if (causedBy(failure, ConnectException.class)) {
			return answer(HttpStatus.SERVICE_UNAVAILABLE, "The service behind " + path(request)
					+ " is not answering right now; the other parts of Refinery still are. Try again shortly.", request,
					retryAfter());
		}
		log.error("Unexpected failure of {} {}", request.getMethod(), path(request), failure);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR,
				"The gateway could not handle this request. It has been logged; try again, and report it if it persists.",
				request, new HttpHeaders());
	}

	private static ResponseEntity<ProblemDetail> known(ErrorResponse known, ServerHttpRequest request) {
		ProblemDetail raised = known.getBody();
		String detail = raised.getDetail();
		if (known.getStatusCode().value() == 404) {
			detail = "Nothing is served at " + path(request) + ": no API route and no page of the dashboard has this path.";
		}
		else if (known instanceof MethodNotAllowedException wrongMethod) {
			detail = request.getMethod().name() + " is not allowed on " + path(request) + "; it takes "
					+ wrongMethod.getSupportedMethods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "))
					+ ".";
		}
		var answer = answer(known.getStatusCode(), detail, request, known.getHeaders());
		if (raised.getType() != null && !BLANK.equals(raised.getType())) {
			// A refusal of our own (CORS, CSRF) names its problem type and title; framework ones do not.
			answer.getBody().setType(raised.getType());
			answer.getBody().setTitle(raised.getTitle());
		}
		if (raised.getInstance() != null) {
			// A refusal names its instance itself: the path it refused may be too long or no valid URI.
			answer.getBody().setInstance(raised.getInstance());
		}
		if (raised.getProperties() != null) {
			answer.getBody().setProperties(raised.getProperties());
		}
		return answer;
	}

	/**
	 * A problem of a type named after its status (about:blank would do for RFC 9457, but Spring
	 * leaves it out of the JSON and callers look for the member).
	 */
	private static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail, ServerHttpRequest request,
			HttpHeaders headers) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
		problem.setTitle(title);
		problem.setType(URI.create(TYPES + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
		// The raw path of an already parsed URI is itself a valid URI reference.
		problem.setInstance(URI.create(request.getURI().getRawPath()));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private static HttpHeaders retryAfter() {
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return headers;
	}

	private static String path(ServerHttpRequest request) {
		return request.getPath().value();
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
