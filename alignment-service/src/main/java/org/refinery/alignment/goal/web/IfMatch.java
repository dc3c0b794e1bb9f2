package org.refinery.alignment.goal.web;

import org.springframework.web.server.ServerWebInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code If-Match} header as a version: an ETag such as {@code "3"} (weak or not). */
final class IfMatch {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

	private IfMatch() {
	}

	static long parse(String header) {
		Matcher matcher = VERSION.matcher(header.strip());
		if (!matcher.matches()) {
			throw new ServerWebInputException("If-Match must be the goal's ETag, such as \"3\", was " + header);
		}
		return Long.parseLong(matcher.group(1));
	}

}
