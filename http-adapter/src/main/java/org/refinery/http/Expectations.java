package org.refinery.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a value of a Java type must look like, said in the API's terms: an enum lists its constants. */
final class Expectations {

	private Expectations() {
	}

	static String of(Class<?> type) {
		if (type == null) {
			return "is not valid here";
		}
		if (type.isEnum()) {
			return "must be one of " + constants(type);
		}
		return "must be " + kind(type);
	}

	/** The constants of an enum, comma-separated, as the answers spell them. */
	static String constants(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name())
			.collect(Collectors.joining(", "));
	}

	private static String kind(Class<?> type) {
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
				|| type == Short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return structure(type);
	}

	private static String structure(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date such as 2026-03-01";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "a timestamp such as 2026-03-01T09:00:00Z";
		}
		if (type == UUID.class) {
			return "an id such as 0b6e5c1e-6a3f-4a61-9d1e-2f0c9a7b5d43";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
	}

}
