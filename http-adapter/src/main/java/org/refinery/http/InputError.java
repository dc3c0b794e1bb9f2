package org.refinery.http;

/**
 * One thing wrong with a request: where ({@code pointer}), what was sent ({@code value}, shortened
 * so that a huge or hostile value is never echoed whole) and the rule it broke, in words.
 *
 * @param pointer a JSON Pointer into the body ({@code /title}, {@code ""} for the whole body), or
 * {@code #/query/<name>}, {@code #/path/<name>}, {@code #/header/<name>}
 * @param value the rejected value as sent, or {@code null} when there was none
 * @param rule what the value must be
 */
public record InputError(String pointer, Object value, String rule) {

	/** How much of a rejected value an answer repeats: enough to recognise it, never a whole hostile value. */
	public static final int LONGEST_VALUE = 80;

	public InputError {
		value = shown(value);
	}

	/** A query parameter at fault. */
	public static InputError query(String name, Object value, String rule) {
		return new InputError("#/query/" + name, value, rule);
	}

	/** A path variable at fault. */
	public static InputError path(String name, Object value, String rule) {
		return new InputError("#/path/" + name, value, rule);
	}

	/** A request header at fault. */
	public static InputError header(String name, Object value, String rule) {
		return new InputError("#/header/" + name, value, rule);
	}

	/** A field of the JSON body at fault, named by its JSON Pointer. */
	public static InputError body(String pointer, Object value, String rule) {
		return new InputError(pointer, value, rule);
	}

	/** How a sentence names the place a pointer points at: {@code size}, {@code If-Match}, {@code keyResults/0/target}. */
	static String label(String pointer) {
		if (pointer.isEmpty()) {
			return "the body";
		}
		return pointer.replaceFirst("^#/(query|path|header|line)/", "").replaceFirst("^/", "");
	}

	/** Text as an answer may repeat it: shortened to {@link #LONGEST_VALUE} characters, control characters escaped. */
	public static String echo(String text) {
		String shortened = text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
		return ControlCharacters.escaped(shortened);
	}

	private static Object shown(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return echo(String.valueOf(value));
	}

}
