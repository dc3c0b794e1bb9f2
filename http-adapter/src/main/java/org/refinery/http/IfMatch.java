package org.refinery.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header as a version. Without the header a change applies to the current
 * version; with it, a stale version is refused (412). A header that is no version at all is the
 * caller's mistake (400 naming the header), never a silent "no precondition".
 */
public final class IfMatch {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

	private IfMatch() {
	}

	/** The version the caller holds, or null to change whatever is current. */
	public static Long version(String header) {
		if (header == null) {
			return null;
		}
		Matcher matcher = VERSION.matcher(header.strip());
		if (!matcher.matches()) {
			throw InvalidInput.of(InputError.header("If-Match", header,
					"must be the ETag of the version you hold, such as \"3\""));
		}
		return Long.parseLong(matcher.group(1));
	}

	/** The ETag of a version, as the services send it. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

}
