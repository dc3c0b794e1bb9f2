package org.refinery.alignment.link;

import java.util.UUID;

/** The item already serves the goal through an active link (answered 409 with that link). */
public class AlreadyLinked extends RuntimeException {

	private final UUID existing;

	public AlreadyLinked(String itemKey, String goalTitle, UUID existing) {
		super("Item " + itemKey + " is already linked to '" + goalTitle + "' by link " + existing);
		this.existing = existing;
	}

	public UUID existing() {
		return existing;
	}

}
