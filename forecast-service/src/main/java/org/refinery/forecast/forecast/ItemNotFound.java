package org.refinery.forecast.forecast;

import java.util.UUID;

/** No item with that id is known, or the caller may not see its product. */
public class ItemNotFound extends RuntimeException {

	public ItemNotFound(UUID itemId) {
		super("No item " + itemId + " is known");
	}

}
