package org.refinery.dependency.tracking;

import java.util.UUID;

/** An item of a product the caller may not see (answered 404, so ids cannot be probed). */
public class ItemNotVisible extends RuntimeException {

	public ItemNotVisible(UUID id) {
		super("No item " + id + " is visible to you");
	}

}
