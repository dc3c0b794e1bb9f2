package org.refinery.dependency.tracking.web;

import org.springframework.web.server.ServerWebInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header as a dependency version. Without the header a change applies to
 * the current version; with it, a stale version is refused (412).
 */
final class IfMatch {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

	private IfMatch() {
	}

	/** The version the caller holds, or null to change whatever is current. */
	static Long version(String header) {
		if (header == null) {
			return null;
		}
		Matcher matcher = VERSION.matcher(header.strip());
		if (!matcher.matches()) {
			throw new ServerWebInputException("If-Match must be the dependency's ETag, such as \"3\", was " + header);
		}
		return Long.parseLong(matcher.group(1));
	}

}
