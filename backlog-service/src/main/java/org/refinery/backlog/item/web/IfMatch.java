package org.refinery.backlog.item.web;

import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.backlog.product.Caller;
import org.springframework.web.server.ServerWebInputException;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header as an item version. Without the header a change applies to the
 * current version; with it, a stale version is refused (412).
 */
final class IfMatch {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

	private IfMatch() {
	}

	static long parse(String header) {
		Matcher matcher = VERSION.matcher(header.strip());
		if (!matcher.matches()) {
			throw new ServerWebInputException("If-Match must be the item's ETag, such as \"3\", was " + header);
		}
		return Long.parseLong(matcher.group(1));
	}

	static long versionOr(String header, Caller caller, UUID id, ProductBacklog backlog) {
		return header == null ? backlog.get(id, caller).version() : parse(header);
	}

}
