package org.refinery.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container refuses before Spring MVC sees the request (a malformed path, a
 * header too large) and errors sent with {@code sendError} reach {@code /error}; Boot's own error
 * controller would answer them in its JSON shape. This answers them as problems instead.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), detail(status));
		if (uri != null) {
			problem.setProperty("path", ControlCharacters.escaped(String.valueOf(uri)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed: check the path, query and headers for characters that are not allowed";
			case NOT_FOUND -> "Nothing is served at this path";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large";
			case URI_TOO_LONG -> "The request path and query are too long";
			case PAYLOAD_TOO_LARGE -> "The request body is too large";
			default -> status.is5xxServerError() ? "Something went wrong on our side; the change was not applied"
					: status.getReasonPhrase();
		};
	}

}
