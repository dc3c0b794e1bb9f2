package org.refinery.gateway.problem;

import org.refinery.http.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway refusing a request it will not pass on, as a problem of its own type. Raised as an
 * exception where Spring already has the request (and {@link ProblemResponses} writes it), written
 * as bytes where only Netty has it (see {@link MalformedRequests}); the same members either way.
 *
 * @param slug the last segment of the problem's type URI
 * @param instance the request's path as a valid URI reference (see {@link #instanceOf})
 */
record Refusal(HttpStatus status, String slug, String title, String detail, String instance, List<InputError> errors) {

	Refusal {
		errors = List.copyOf(errors);
	}

	ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(GatewayProblems.TYPES + slug));
		problem.setTitle(title);
		problem.setInstance(URI.create(instance));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	ErrorResponseException exception() {
		return new ErrorResponseException(status, problem(), null);
	}

	/** The problem in JSON, member for member as Spring's codecs write {@link #problem()}. */
	byte[] json() {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", GatewayProblems.TYPES + slug);
		members.put("title", title);
		members.put("status", status.value());
		members.put("detail", detail);
		members.put("instance", instance);
		if (!errors.isEmpty()) {
			members.put("errors", errors);
		}
		return JsonMapper.shared().writeValueAsBytes(members);
	}

	/**
	 * The path of a request target, shortened like a rejected value and with every character a URI
	 * may not hold percent-encoded: a refused target is often not a valid URI itself, or too long to
	 * repeat whole.
	 */
	static String instanceOf(String target) {
		int query = target.indexOf('?');
		String path = query < 0 ? target : target.substring(0, query);
		if (path.length() > InputError.LONGEST_VALUE) {
			path = path.substring(0, InputError.LONGEST_VALUE);
		}
		byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
		var encoded = new StringBuilder();
		for (int i = 0; i < bytes.length; i++) {
			char c = (char) (bytes[i] & 0xff);
			boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
			boolean plain = escape || c > 0x20 && c < 0x7f && "\"<>\\^`{|}#%[]".indexOf(c) < 0;
			encoded.append(plain ? String.valueOf(c) : String.format("%%%02X", (int) c));
		}
		return encoded.isEmpty() || encoded.charAt(0) != '/' ? "/" + encoded : encoded.toString();
	}

	private static boolean isHex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

}
