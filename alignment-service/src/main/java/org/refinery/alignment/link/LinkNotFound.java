package org.refinery.alignment.link;

import java.util.UUID;

/** No active link with that id is visible to the caller (answered 404). */
public class LinkNotFound extends RuntimeException {

	public LinkNotFound(UUID id) {
		super("No active link " + id + " is visible to you");
	}

}
