package org.refinery.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * The last line of every service's error path, after the features' own advice: Spring MVC's
 * refusals of input rewritten to name the field, the value and the rule, {@link InvalidInput}
 * answered, and anything unforeseen a logged 500 that says nothing was applied — never a stack
 * trace or a framework error page.
 *
 * <p>Spring asks advice classes in order and takes the first that has a handler for the
 * exception, so this one, with its catch-all, must come after the features' own. It is ordered
 * last, and features' advice without an order of their own ties with it; Boot registers
 * auto-configured beans after the application's, and a stable sort keeps that order. Advice that
 * must win regardless (a refusal with {@code Retry-After}) declares a higher precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidInput ex, WebRequest request) {
		ProblemDetail problem = Problems.invalid(ex.status(), ex.getMessage(), ex.errors());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		if (ex.getClass().getName().startsWith("org.springframework.security.")) {
			throw ex;
		}
		log.error("Request failed unexpectedly", ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; the change was not applied");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		InputError error = BodyErrors.of(ex.getCause());
		return answer(ex, status, List.of(error), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return answer(ex, status, ParameterErrors.ofFields(ex.getBindingResult().getAllErrors()), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(ex, status, ParameterErrors.of(ex), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		InputError error = ParameterErrors.of(ex);
		return answer(ex, status, List.of(error), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InputError error = InputError.query(ex.getParameterName(), null, "is required");
		return answer(ex, status, List.of(error), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			InputError error = InputError.header(missing.getHeaderName(), null, "is required");
			return answer(ex, status, List.of(error), headers, request);
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InputError error = InputError.header(HttpHeaders.CONTENT_TYPE, ex.getContentType(), "must be application/json");
		return answer(ex, status, List.of(error), headers, request);
	}

	private ResponseEntity<Object> answer(Exception ex, HttpStatusCode status, List<InputError> errors, HttpHeaders headers,
			WebRequest request) {
		return handleExceptionInternal(ex, Problems.invalid(status, errors), headers, status, request);
	}

}
