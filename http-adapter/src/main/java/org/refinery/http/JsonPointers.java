package org.refinery.http;

import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON Pointers (RFC 6901) to a field of a request body, from Jackson's path or Spring's property path. */
final class JsonPointers {

	private static final Pattern PROPERTY_STEP = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

	private JsonPointers() {
	}

	/** The pointer of the place Jackson failed at: {@code /representatives/PAY-CHECKOUT/0}. */
	static String of(List<JacksonException.Reference> path) {
		var pointer = new StringBuilder();
		for (JacksonException.Reference step : path) {
			pointer.append('/');
			pointer.append(step.getPropertyName() != null ? escaped(step.getPropertyName())
					: step.getIndex() >= 0 ? String.valueOf(step.getIndex()) : "-");
		}
		return pointer.toString();
	}

	/** The pointer of a Bean Validation property path: {@code keyResults[0].target} → {@code /keyResults/0/target}. */
	static String of(String propertyPath) {
		var pointer = new StringBuilder();
		Matcher step = PROPERTY_STEP.matcher(propertyPath);
		while (step.find()) {
			pointer.append('/').append(escaped(step.group(1) != null ? step.group(1) : step.group(2)));
		}
		return pointer.toString();
	}

	private static String escaped(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
