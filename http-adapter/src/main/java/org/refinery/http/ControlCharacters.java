package org.refinery.http;

/**
 * Text may hold newlines (LF, and CR as part of CRLF) and tabs, but no other control character:
 * a NUL cannot even be stored by PostgreSQL, and the others hide text from the people reading it.
 */
public final class ControlCharacters {

	/** The rule in words, as every refusal states it. */
	public static final String RULE = "must not contain control characters (only newline and tab are allowed)";

	private ControlCharacters() {
	}

	/** Whether the text holds a character the rule forbids. */
	public static boolean present(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (forbidden(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with every control character, and the Unicode line and paragraph separators, written
	 * as a {@code \\uXXXX} escape: safe to repeat into a caller's logs or terminal.
	 */
	public static String escaped(String text) {
		var shown = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				shown.append("\\u%04x".formatted(c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}

	private static boolean forbidden(char c) {
		return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
	}

}
