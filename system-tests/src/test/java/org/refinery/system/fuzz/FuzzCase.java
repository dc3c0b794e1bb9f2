package org.refinery.system.fuzz;

import org.refinery.devstack.services.RefineryService;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests that must be refused: a valid request of a documented endpoint with exactly
 * one thing made wrong — a body field, a query parameter or a path variable — or a body that is
 * not JSON at all. Each request knows where the answer must point: {@code /<field>} into the body,
 * {@code #/query/<name>}, {@code #/path/<name>}, or {@code ""} for the body as a whole. Random, but
 * reproducible from a seed.
 */
final class FuzzCase {

	/** What a field or parameter holds, which decides what is certainly wrong for it. */
	enum Kind {
		TEXT, ENUM, ID, KEY, DATE, INSTANT, WHOLE, DECIMAL, BOOL, LIST, MAP, OBJECT, CURSOR
	}

	/**
	 * A body field or parameter: {@code max} is the longest valid text or the largest valid number
	 * (0 when unbounded), {@code min} the smallest valid number; {@code checked} is false for a
	 * parameter the service takes as given (a product key it merely looks up), whose wrong values
	 * are answered 404 and so are no field errors.
	 */
	record Field(String name, Kind kind, long min, long max, boolean checked) {
	}

	/**
	 * One documented endpoint: a valid body (null for a read), the body fields to break, the path
	 * variables and query parameters to break, and the valid values of the path variables and of the
	 * required query parameters. {@code headers} hold an {@code If-Match} of a version no row has, so
	 * that a body wrongly accepted is refused as stale (412) instead of written.
	 */
	record Endpoint(RefineryService service, String method, String path, Map<String, String> headers,
			Map<String, Object> valid, boolean listBody, List<Field> fields, List<Field> parameters,
			Map<String, String> values) {

		boolean hasBody() {
			return valid != null;
		}

	}

	/**
	 * A request to send, why it must be refused and where a 400 must point; {@code notAFieldError}
	 * says why another refusal (a 404) is no field error, when it is none.
	 */
	record Request(Endpoint endpoint, String path, String body, String why, String pointer, String notAFieldError) {

		String method() {
			return endpoint.method();
		}

		@Override
		public String toString() {
			return "%s %s%s (%s)".formatted(method(), abbreviated(path, 120),
					body == null ? "" : " " + abbreviated(body, 160), why);
		}

	}

	private final Random random;

	private final FuzzValues values;

	FuzzCase(long seed) {
		this.random = new Random(seed);
		this.values = new FuzzValues(random);
	}

	Request next(Endpoint endpoint) {
		int choices = endpoint.parameters().size() + (endpoint.hasBody() ? endpoint.fields().size() + 4 : 0);
		int pick = random.nextInt(choices);
		if (pick < endpoint.parameters().size()) {
			return parameter(endpoint, endpoint.parameters().get(pick));
		}
		pick -= endpoint.parameters().size();
		if (pick < endpoint.fields().size()) {
			Field field = endpoint.fields().get(pick);
			Object wrong = values.forBody(field);
			return body(endpoint, withField(endpoint.valid(), field.name(), wrong), field.name() + " = " + shown(wrong),
					element(endpoint) + "/" + field.name());
		}
		return switch (pick - endpoint.fields().size()) {
			case 0 -> {
				String name = List.of("id", "version", "rank", "createdAt", "unexpected" + random.nextInt(1000))
					.get(random.nextInt(5));
				yield body(endpoint, withField(endpoint.valid(), name, "mass assignment"), "an unknown field " + name,
						element(endpoint) + "/" + name);
			}
			case 1 -> {
				// At least one character: an empty body is a missing body, tried below where a body is required.
				String valid = json(endpoint, endpoint.valid());
				yield new Request(endpoint, endpoint.path(), valid.substring(0, 1 + random.nextInt(valid.length() - 1)),
						"a truncated body", "", null);
			}
			case 2 -> new Request(endpoint, endpoint.path(), "[".repeat(2_000 + random.nextInt(8_000)), "deep nesting",
					// A list body holds lists no better: its first element is the one at fault.
					endpoint.listBody() ? "/0" : "", null);
			default -> notJson(endpoint);
		};
	}

	private Request notJson(Endpoint endpoint) {
		String valid = json(endpoint, endpoint.valid());
		List<String> bodies = List.of("title=t&type=STORY", "<item><title>t</title></item>", "'single quoted'",
				valid + " {}", valid + "}", "{\"a\":1,}", "\u0000\u0001", "NaN", "");
		// Without a body a required one is missing, but an optional one (a forecast's settings) means defaults.
		String body = bodies.get(random.nextInt(endpoint.path().startsWith("/api/forecasts/products") ? 8 : 9));
		return new Request(endpoint, endpoint.path(), body, "no JSON document: " + shown(body), "", null);
	}

	private Request parameter(Endpoint endpoint, Field parameter) {
		String wrong = values.forParameter(parameter);
		boolean inPath = endpoint.path().contains("{" + parameter.name() + "}");
		var query = new LinkedHashMap<String, String>();
		endpoint.values().forEach((name, value) -> {
			if (!endpoint.path().contains("{" + name + "}")) {
				query.put(name, value);
			}
		});
		if (!inPath) {
			query.put(parameter.name(), wrong);
		}
		String path = endpoint.path();
		for (var variable : endpoint.values().entrySet()) {
			String value = inPath && variable.getKey().equals(parameter.name()) ? wrong : variable.getValue();
			path = path.replace("{" + variable.getKey() + "}", encoded(value));
		}
		var joined = new StringBuilder(path);
		query.forEach((name, value) -> joined.append(joined.indexOf("?") < 0 ? '?' : '&')
			.append(name)
			.append('=')
			.append(encoded(value)));
		String why = (inPath ? "path " : "query ") + parameter.name() + " = " + shown(wrong);
		// The gateway refuses a control character anywhere in a path before it routes the request, when
		// no variable has a name yet: it names the path as a whole.
		String pointer = inPath && wrong.chars().anyMatch(FuzzCase::control) ? "#/path"
				: (inPath ? "#/path/" : "#/query/") + parameter.name();
		String body = endpoint.hasBody() ? json(endpoint, endpoint.valid()) : null;
		return parameter.checked() ? new Request(endpoint, joined.toString(), body, why, pointer, null)
				: new Request(endpoint, joined.toString(), body, why, pointer,
						"the service looks " + parameter.name() + " up as given: a malformed one is not found, as an unknown one");
	}

	private static Request body(Endpoint endpoint, Map<String, Object> body, String why, String pointer) {
		return new Request(endpoint, endpoint.path(), json(endpoint, body), why, pointer, null);
	}

	private static String element(Endpoint endpoint) {
		return endpoint.listBody() ? "/0" : "";
	}

	private static String json(Endpoint endpoint, Map<String, Object> body) {
		return Json.write(endpoint.listBody() ? List.of(body) : body);
	}

	private static Map<String, Object> withField(Map<String, Object> valid, String name, Object value) {
		var body = new LinkedHashMap<>(valid);
		body.put(name, value);
		return body;
	}

	private static boolean control(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
	}

	/** Percent-encodes everything but unreserved characters, so that a wrong value reaches the service as sent. */
	static String encoded(String value) {
		var encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append("%02X".formatted(b & 0xff));
			}
		}
		return encoded.toString();
	}

	private static String shown(Object value) {
		return abbreviated(Json.write(value), 40);
	}

	private static String abbreviated(String value, int length) {
		return value.length() > length ? value.substring(0, length) + "… (" + value.length() + " chars)" : value;
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
