package org.refinery.http;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A web adapter's refusal of input that names the fields at fault: 400 when the request is
 * malformed for the API, 422 when it is well-formed but breaks a rule of the domain (a budget, a
 * limit). Thrown by controllers and argument resolvers; answered by {@link RequestProblems}.
 */
public class InvalidInput extends RuntimeException {

	private final HttpStatus status;

	private final transient List<InputError> errors;

	public InvalidInput(HttpStatus status, String detail, List<InputError> errors) {
		super(detail);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	/** A malformed request (400) with one field at fault. */
	public static InvalidInput of(InputError error) {
		return new InvalidInput(HttpStatus.BAD_REQUEST,
				"The request is invalid: " + InputError.label(error.pointer()) + " " + error.rule(), List.of(error));
	}

	/** A well-formed request that a rule refuses (422) with one field at fault. */
	public static InvalidInput unprocessable(String detail, InputError error) {
		return new InvalidInput(HttpStatus.UNPROCESSABLE_CONTENT, detail, List.of(error));
	}

	public HttpStatus status() {
		return status;
	}

	public List<InputError> errors() {
		return errors;
	}

}
