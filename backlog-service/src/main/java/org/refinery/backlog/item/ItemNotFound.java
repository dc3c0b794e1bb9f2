package org.refinery.backlog.item;

import java.util.UUID;

/** No such item in a product the caller may see (answered 404, so ids cannot be probed). */
public class ItemNotFound extends RuntimeException {

	public ItemNotFound(UUID id) {
		super("No item " + id + " is visible to you");
	}

}
