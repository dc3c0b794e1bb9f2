package org.refinery.system.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests that must be refused: a valid body of a documented endpoint with exactly one
 * thing made wrong (a field of the wrong type, out of range, too long, an unknown enum constant or
 * id, an unknown field), or a body that is not JSON at all. Random, but reproducible from a seed.
 */
final class FuzzCase {

	/** What a field holds, which decides what is certainly wrong for it. */
	enum Kind {
		TEXT, ENUM, ID, KEY, DATE, INSTANT, NUMBER, LIST
	}

	/** A field of a body and what is wrong for it; {@code limit} is the longest valid text, if any. */
	record Field(String name, Kind kind, int limit) {
	}

	/** One documented write endpoint: a valid body and the fields to break. */
	record Endpoint(String method, String path, Map<String, Object> valid, List<Field> fields) {
	}

	/** A request to send and why it must be refused. */
	record Request(String method, String path, String body, String why) {
	}

	private static final String[] UNICODE = { "Ünïcødé ✓", "日本語のテキスト", "emoji 🚀🔥", "\u202Eright-to-left",
			"zero\u200Bwidth", "a\u0000nul" };

	private final Random random;

	FuzzCase(long seed) {
		this.random = new Random(seed);
	}

	Request next(Endpoint endpoint) {
		int pick = random.nextInt(endpoint.fields().size() + 3);
		if (pick == endpoint.fields().size()) {
			return request(endpoint, withField(endpoint.valid(), "unexpected" + random.nextInt(1000), "mass assignment"),
					"an unknown field");
		}
		if (pick == endpoint.fields().size() + 1) {
			// At least one character: an empty body is no truncation, and endpoints whose body is optional
			// (a forecast with default settings) rightly accept it.
			String valid = Json.write(endpoint.valid());
			return new Request(endpoint.method(), endpoint.path(),
					valid.substring(0, 1 + random.nextInt(valid.length() - 1)), "a truncated body");
		}
		if (pick == endpoint.fields().size() + 2) {
			return new Request(endpoint.method(), endpoint.path(), "[".repeat(2_000 + random.nextInt(8_000)), "deep nesting");
		}
		Field field = endpoint.fields().get(pick);
		Object wrong = wrongValue(field);
		return request(endpoint, withField(endpoint.valid(), field.name(), wrong),
				field.name() + " = " + abbreviated(String.valueOf(wrong)));
	}

	/**
	 * Values that no lenient reading can turn valid: Jackson coerces numbers into text fields and
	 * integers into enums (by ordinal) and dates (epoch days), so those are not offered for them.
	 */
	private Object wrongValue(Field field) {
		List<Object> wrong = new ArrayList<>(List.of(Map.of("nested", true)));
		switch (field.kind()) {
			case TEXT -> wrong.addAll(List.of(List.of("a", "b"), "x".repeat(field.limit() + 1 + random.nextInt(100_000))));
			case ENUM, KEY -> wrong.addAll(List.of(UNICODE[random.nextInt(UNICODE.length)], "NOT_A_CONSTANT", 999, List.of(1)));
			case ID -> wrong.addAll(List.of("not-a-uuid", UNICODE[random.nextInt(UNICODE.length)], 12345, List.of(1),
					"00000000-0000-0000-0000-00000000000g"));
			case DATE -> wrong.addAll(List.of("2026-13-45", "yesterday", UNICODE[random.nextInt(UNICODE.length)], true));
			case INSTANT -> wrong.addAll(List.of("2026-02-30T25:61:00Z", "soon", true));
			case NUMBER -> wrong.addAll(List.of("many", true, -1_000_000_000, 1e300, List.of(1)));
			case LIST -> wrong.addAll(List.of("not a list", 3, true));
		}
		return wrong.get(random.nextInt(wrong.size()));
	}

	private static Request request(Endpoint endpoint, Map<String, Object> body, String why) {
		return new Request(endpoint.method(), endpoint.path(), Json.write(body), why);
	}

	private static Map<String, Object> withField(Map<String, Object> valid, String name, Object value) {
		var body = new LinkedHashMap<>(valid);
		body.put(name, value);
		return body;
	}

	private static String abbreviated(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + " chars)" : value;
	}

	/** JSON without a mapper's opinions: the fuzzer must be able to write what a mapper would refuse. */
	static final class Json {

		private Json() {
		}

		static String write(Object value) {
			return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(value);
		}

	}

}
