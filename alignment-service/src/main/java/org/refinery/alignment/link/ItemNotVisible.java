package org.refinery.alignment.link;

import java.util.UUID;

/** The item is not in alignment's read model or is in a product the caller may not see (answered 404). */
public class ItemNotVisible extends RuntimeException {

	public ItemNotVisible(UUID itemId) {
		super("Item " + itemId + " is not known to alignment or not visible to you");
	}

}
