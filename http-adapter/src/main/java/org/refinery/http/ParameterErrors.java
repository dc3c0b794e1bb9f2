package org.refinery.http;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Errors of a handler method's parameters, each named where the caller put it: a query parameter,
 * a path variable, a header, or a field of the body.
 */
final class ParameterErrors {

	private ParameterErrors() {
	}

	static List<InputError> of(HandlerMethodValidationException ex) {
		var errors = new ArrayList<InputError>();
		ex.getParameterValidationResults().forEach(result -> {
			if (result instanceof org.springframework.validation.method.ParameterErrors fields) {
				errors.addAll(ofFields(fields.getAllErrors()));
			}
			else {
				result.getResolvableErrors()
					.forEach(error -> errors.add(of(result.getMethodParameter(), result.getArgument(),
							error.getDefaultMessage())));
			}
		});
		errors.sort(Comparator.comparing(InputError::pointer));
		return errors;
	}

	/** Field errors of a validated body, pointed into the body. */
	static List<InputError> ofFields(List<? extends ObjectError> objectErrors) {
		return objectErrors.stream()
			.map(error -> error instanceof FieldError field
					? InputError.body(JsonPointers.of(field.getField()), field.getRejectedValue(), field.getDefaultMessage())
					: InputError.body("", null, error.getDefaultMessage()))
			.sorted(Comparator.comparing(InputError::pointer))
			.toList();
	}

	/** A query or path value that could not become the parameter's type. */
	static InputError of(TypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String rule = type != null && type.isArray() ? Expectations.of(type.getComponentType())
				: Expectations.of(type);
		if (ex instanceof MethodArgumentTypeMismatchException argument) {
			return of(argument.getParameter(), argument.getValue(), rule);
		}
		return InputError.query(ex.getPropertyName(), ex.getValue(), rule);
	}

	static InputError of(MethodParameter parameter, Object value, String rule) {
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null) {
			return InputError.path(named(path.name(), parameter), value, rule);
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null) {
			return InputError.header(named(header.name(), parameter), value, rule);
		}
		if (parameter.hasParameterAnnotation(RequestBody.class)) {
			return InputError.body("", value, rule);
		}
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		return InputError.query(named(query == null ? "" : query.name(), parameter), value, rule);
	}

	private static String named(String declared, MethodParameter parameter) {
		return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
	}

}
