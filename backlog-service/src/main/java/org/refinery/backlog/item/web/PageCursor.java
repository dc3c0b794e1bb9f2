package org.refinery.backlog.item.web;

import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque {@code after} cursor of keyset paging: the rank of the last item of a page, encoded
 * so that clients pass it back rather than build it. A cursor names a position in the order, not
 * an item, so it stays valid when that item moves or the order is respaced.
 */
final class PageCursor {

	private static final Pattern RANK = Pattern.compile("[0-9a-z]{1,255}");

	private PageCursor() {
	}

	static String of(String rank) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("r:" + rank).getBytes(StandardCharsets.UTF_8));
	}

	/** The rank in the cursor, or {@code null} without a cursor; a malformed cursor is refused. */
	static String rank(String cursor) {
		if (cursor == null) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw notIssued(cursor);
		}
		if (!decoded.startsWith("r:") || !RANK.matcher(decoded.substring(2)).matches()) {
			throw notIssued(cursor);
		}
		return decoded.substring(2);
	}

	private static InvalidInput notIssued(String cursor) {
		return InvalidInput.of(InputError.query("after", cursor, "must be the next cursor of a page this API answered"));
	}

}
