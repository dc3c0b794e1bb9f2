package org.refinery.gateway.problem;

import org.refinery.http.ControlCharacters;
import org.refinery.http.InputError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The rules of {@link RequestLimitsFilter}, each answering the refusal it calls for, or null. */
final class RequestChecks {

	static final String PATH_RULE = "must not contain control characters, percent-encoded or not";

	/** The services' rule for text, so the gateway refuses no less and no more. */
	static final String QUERY_RULE = ControlCharacters.RULE;

	private RequestChecks() {
	}

	/**
	 * A NUL or line break smuggled in percent-encoded survives to whatever decodes the path or a
	 * query parameter behind the gateway: file names, log lines, SQL. No Refinery path needs one; a
	 * query parameter may hold newlines and tabs, as text in a body may.
	 */
	static Refusal controlCharacter(ServerHttpRequest request) {
		String rawPath = request.getURI().getRawPath();
		String path;
		try {
			path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException undecodable) {
			path = rawPath;
		}
		if (path.chars().anyMatch(Character::isISOControl)) {
			return controlInRequest(request, "The path of this request holds a control character.",
					new InputError("#/path", path, PATH_RULE));
		}
		for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
			String name = parameter.getKey();
			String value = parameter.getValue().stream().filter(RequestChecks::hasControl).findFirst().orElse(name);
			if (hasControl(value)) {
				return controlInRequest(request, "The query parameter " + InputError.echo(name) + " holds a control character.",
						new InputError("#/query/" + InputError.echo(name), value, QUERY_RULE));
			}
		}
		return null;
	}

	static Refusal targetLength(ServerHttpRequest request, int max) {
		String rawPath = request.getURI().getRawPath();
		String rawQuery = request.getURI().getRawQuery();
		int length = rawPath.length() + (rawQuery == null ? 0 : 1 + rawQuery.length());
		if (length <= max) {
			return null;
		}
		return new Refusal(HttpStatus.URI_TOO_LONG, "request-target-too-long", "Request target too long",
				"The path and query of this request are " + length + " characters long; the gateway takes at most "
						+ max + ". Send long criteria in a request body instead.",
				Refusal.instanceOf(rawPath), List.of(new InputError("#/path", rawPath,
						"path and query together at most " + max + " characters")));
	}

	/** Headers counted as sent, {@code name: value} and a line break each; the largest is named. */
	static Refusal headerSize(ServerHttpRequest request, long max) {
		long total = 0;
		Map.Entry<String, String> largest = null;
		for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
			for (String value : header.getValue()) {
				total += header.getKey().length() + value.length() + 4;
				if (largest == null || value.length() > largest.getValue().length()) {
					largest = Map.entry(header.getKey(), value);
				}
			}
		}
		if (total <= max || largest == null) {
			return null;
		}
		return new Refusal(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request-headers-too-large",
				"Request headers too large", "The headers of this request take " + total
						+ " bytes; the gateway takes at most " + size(max) + ". The largest is " + largest.getKey() + ".",
				Refusal.instanceOf(request.getURI().getRawPath()), List.of(new InputError("#/header/" + largest.getKey(),
						largest.getValue(), "all headers together at most " + size(max))));
	}

	static Refusal declaredBodySize(ServerHttpRequest request, long max) {
		long length = request.getHeaders().getContentLength();
		if (length <= max) {
			return null;
		}
		Refusal tooLarge = RequestLimitsFilter.tooLarge(request, max);
		return new Refusal(tooLarge.status(), tooLarge.slug(), tooLarge.title(), tooLarge.detail(), tooLarge.instance(),
				List.of(new InputError("#/header/" + HttpHeaders.CONTENT_LENGTH, Long.toString(length),
						"a request body of at most " + size(max))));
	}

	static Refusal controlInRequest(ServerHttpRequest request, String detail, InputError violation) {
		return new Refusal(HttpStatus.BAD_REQUEST, "control-character-in-request", "Control character in request",
				detail, Refusal.instanceOf(request.getURI().getRawPath()), List.of(violation));
	}

	static boolean hasControl(String text) {
		return ControlCharacters.present(text);
	}

	static String size(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
	}

}
