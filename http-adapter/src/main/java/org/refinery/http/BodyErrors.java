package org.refinery.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.Objects;
import java.util.TreeSet;

/**
 * What was wrong with a JSON body Jackson could not read, in the caller's terms: which field, what
 * was sent, and what it must be — never Jackson's own message, which names Java classes.
 */
final class BodyErrors {

	private BodyErrors() {
	}

	/** The error for a body that could not be read; {@code failure} is the converter's cause, or null for no body. */
	static InputError of(Throwable failure) {
		return switch (failure) {
			case null -> InputError.body("", null, "a JSON body is required");
			case PropertyBindingException unknown -> InputError.body(JsonPointers.of(unknown.getPath()),
					unknown.getPropertyName(), "is not a known field; known fields: " + known(unknown));
			case StrictValues.BrokenRule broken -> InputError.body(JsonPointers.of(broken.getPath()), broken.getValue(),
					broken.getOriginalMessage());
			case InvalidNullException nulled -> InputError.body(JsonPointers.of(nulled.getPath()), null,
					"must not be null");
			case InvalidFormatException format -> InputError.body(JsonPointers.of(format.getPath()), format.getValue(),
					Expectations.of(format.getTargetType()));
			case MismatchedInputException mismatch -> InputError.body(JsonPointers.of(mismatch.getPath()), sent(mismatch),
					Expectations.of(mismatch.getTargetType()) + found(mismatch.getCurrentToken()));
			case ValueInstantiationException rule -> InputError.body(JsonPointers.of(rule.getPath()), null,
					Objects.requireNonNullElse(rule.getCause(), rule).getMessage());
			case InputCoercionException overflow -> InputError.body(JsonPointers.of(overflow.getPath()), sent(overflow),
					Expectations.of(overflow.getTargetType()) + " within its range");
			case StreamReadException malformed -> InputError.body("", null, malformed(malformed));
			case JacksonException other -> InputError.body(JsonPointers.of(other.getPath()), null, "is not valid here");
			default -> InputError.body("", null, "must be a JSON document");
		};
	}

	private static String known(PropertyBindingException unknown) {
		var names = new TreeSet<String>();
		if (unknown.getKnownPropertyIds() != null) {
			unknown.getKnownPropertyIds().forEach(name -> names.add(String.valueOf(name)));
		}
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	private static String malformed(StreamReadException malformed) {
		TokenStreamLocation at = malformed.getLocation();
		String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
		String reason = malformed.getOriginalMessage() == null ? "" : ": " + malformed.getOriginalMessage().lines()
			.findFirst()
			.orElse("");
		return "must be well-formed JSON; it is not" + where + reason;
	}

	private static Object sent(JacksonException failure) {
		if (failure.processor() instanceof JsonParser parser) {
			try {
				JsonToken token = parser.currentToken();
				return token != null && token.isScalarValue() ? parser.getString() : null;
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}
		return null;
	}

	private static String found(JsonToken token) {
		if (token == null) {
			return "";
		}
		return switch (token) {
			case VALUE_STRING -> ", not text";
			case VALUE_NUMBER_INT -> ", not a whole number";
			case VALUE_NUMBER_FLOAT -> ", not a decimal number";
			case VALUE_TRUE, VALUE_FALSE -> ", not true or false";
			case VALUE_NULL -> ", not null";
			case START_OBJECT -> ", not an object";
			case START_ARRAY -> ", not a list";
			default -> "";
		};
	}

}
