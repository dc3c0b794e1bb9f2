package org.refinery.system.fuzz;

import org.refinery.system.fuzz.FuzzCase.Field;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values that are certainly wrong for a kind of field, now that input is read strictly: numbers
 * for text, fractions for whole numbers, numbers for enums and dates, dates outside 1900–2999,
 * control characters in text and {@code null} inside lists are all refused. Values that are valid
 * since then (an enum name in lower case) are deliberately absent: offering them would count a
 * correct acceptance as a miss.
 */
final class FuzzValues {

	/** More than a {@code long} holds, so more than any whole-number field holds: refused, not wrapped. */
	static final BigInteger OVERFLOW = new BigInteger("99999999999999999999");

	private static final List<String> UNICODE = List.of("Ünïcødé ✓", "日本語のテキスト", "emoji 🚀🔥", "\u202Eright-to-left",
			"zero\u200Bwidth");

	/** Control characters the text rule forbids (newline and tab are allowed, so absent). */
	private static final List<String> CONTROL = List.of("a\u0000nul", "bell\u0007", "esc\u001b[31m", "del\u007f",
			"\u0001");

	/** Neither a product key ({@code PAY}) nor a team key ({@code PAY-CHECKOUT}): keys are no enums, case matters. */
	private static final List<String> BAD_KEYS = List.of("pay", "P", "PAY_X", "1PAY", "PAY-checkout", "TOOLONGKEY12345",
			"pay-checkout", "PAY CHECKOUT");

	private static final List<String> BAD_IDS = List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g",
			"00000000-0000-0000-0000-0000000000000", "{00000000-0000-0000-0000-000000000000}");

	private final Random random;

	FuzzValues(Random random) {
		this.random = random;
	}

	/** A JSON value that a body field of this kind must refuse. */
	Object forBody(Field field) {
		List<Object> wrong = new ArrayList<>(List.of(Map.of("nested", true)));
		switch (field.kind()) {
			case TEXT -> {
				wrong.addAll(List.of(List.of("a", "b"), 123, 1.5, true, pick(CONTROL), pick(CONTROL)));
				if (field.max() > 0) {
					wrong.add("x".repeat((int) field.max() + 1 + random.nextInt(100_000)));
				}
			}
			case ENUM -> wrong.addAll(List.of(pick(UNICODE), "NOT_A_CONSTANT", 999, 0, 1, 1.5, List.of(1), true, "",
					pick(CONTROL)));
			case KEY -> wrong.addAll(List.of(pick(BAD_KEYS), pick(BAD_KEYS), pick(UNICODE), 999, List.of("PAY"), true,
					pick(CONTROL)));
			case ID -> wrong.addAll(List.of(pick(BAD_IDS), pick(BAD_IDS), pick(UNICODE), 12345, List.of(1), true, 1.5));
			case DATE -> wrong.addAll(List.of("2026-13-45", "2026-02-30", "yesterday", pick(UNICODE), true, "+99999-01-01",
					"1899-12-31", "3000-01-01", 20_000, 2026.5, ""));
			case INSTANT -> wrong.addAll(List.of("2026-02-30T25:61:00Z", "soon", true, "+99999-01-01T00:00:00Z",
					"1899-12-31T23:59:59Z", "2026-01-01T10:00:00", 1_700_000_000, 1.5, ""));
			case WHOLE -> {
				wrong.addAll(List.of("many", true, 1.5, 2.0000001, "3", 1e300, List.of(1), OVERFLOW, ""));
				if (field.max() > 0) {
					wrong.addAll(List.of(field.min() - 1, field.max() + 1, Integer.MAX_VALUE));
				}
			}
			case DECIMAL -> {
				wrong.addAll(List.of("many", true, "3", List.of(1), ""));
				if (field.max() > 0) {
					wrong.addAll(List.of(-1, field.max() * 1000 + 1, 1e300));
				}
			}
			case BOOL -> wrong.addAll(List.of("true", 1, 0, "yes", List.of(true), 1.5));
			case LIST -> wrong.addAll(List.of("not a list", 3, true, nullInside(), List.of(Map.of("nested", true)), ""));
			case MAP -> wrong.addAll(List.of("not a map", 3, List.of("tess"), Map.of(), Map.of("PAY-CHECKOUT", nullInside()),
					Map.of("PAY-CHECKOUT", "tess"), Map.of("PAY-CHECKOUT", List.of(1))));
			case OBJECT -> wrong.addAll(List.of("x", 3, true, List.of(1)));
		}
		return pick(wrong);
	}

	/** A query or path value (not yet encoded) that a parameter of this kind must refuse. */
	String forParameter(Field field) {
		List<String> wrong = new ArrayList<>(List.of(pick(CONTROL)));
		switch (field.kind()) {
			case WHOLE -> {
				// Not "0x10": Spring reads hexadecimal numbers, so that is a valid 16.
				wrong.addAll(List.of(String.valueOf(field.min() - 1), "-1", "99999999999", "abc", "1.5", "1e3"));
				if (field.max() > 0) {
					wrong.addAll(List.of(String.valueOf(field.max() + 1), "2147483647"));
				}
			}
			case ENUM -> wrong.addAll(List.of("NOT_A_CONSTANT", "🚀", "0", "1.5", pick(UNICODE)));
			case KEY -> wrong.addAll(List.of(pick(BAD_KEYS), pick(BAD_KEYS), pick(UNICODE)));
			case ID -> wrong.addAll(List.of(pick(BAD_IDS), pick(BAD_IDS), "🚀", "x".repeat(100)));
			case CURSOR -> wrong.addAll(List.of("not-a-cursor", "!!!", "cjpVUFBFUg", "x".repeat(401)));
			case DATE -> wrong.addAll(List.of("2026-13-01", "2026-02-30", "yesterday", "20260105", "🚀"));
			case TEXT -> {
				if (field.max() > 0) {
					wrong.add("x".repeat((int) field.max() + 1));
				}
			}
			default -> throw new IllegalArgumentException("No parameter is of kind " + field.kind());
		}
		return pick(wrong);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static List<Object> nullInside() {
		var list = new ArrayList<>();
		list.add("a");
		list.add(null);
		return list;
	}

}
