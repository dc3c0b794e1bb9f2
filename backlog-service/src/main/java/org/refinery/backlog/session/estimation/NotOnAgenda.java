package org.refinery.backlog.session.estimation;

import java.util.UUID;

/** A round asked for an item that is not on the session's agenda (answered 422 naming {@code /itemId}). */
public class NotOnAgenda extends RuntimeException {

	private final UUID itemId;

	public NotOnAgenda(UUID itemId, String title) {
		super("Item " + itemId + " is not on the agenda of \"" + title + "\"; add it to the agenda first");
		this.itemId = itemId;
	}

	public UUID itemId() {
		return itemId;
	}

}
