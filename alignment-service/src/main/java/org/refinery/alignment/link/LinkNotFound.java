package org.refinery.alignment.link;

import java.util.UUID;

/** No link with that id (active, where only an active one will do) is visible to the caller (answered 404). */
public class LinkNotFound extends RuntimeException {

	public LinkNotFound(UUID id) {
		super("No active link " + id + " is visible to you");
	}

	private LinkNotFound(String message) {
		super(message);
	}

	/** Any link, active or removed, as its history needs. */
	public static LinkNotFound anyLink(UUID id) {
		return new LinkNotFound("No link " + id + " is visible to you");
	}

}
