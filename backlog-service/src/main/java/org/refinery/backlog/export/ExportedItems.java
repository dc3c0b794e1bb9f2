package org.refinery.backlog.export;

import java.util.UUID;
import java.util.function.Consumer;

/** The items of a product as exports read them. */
public interface ExportedItems {

	/**
	 * Hands every item of the product, removed ones included, to {@code each} in rank order as
	 * it is read from a cursor, never holding more than one fetch of rows. Runs inside the
	 * caller's (read-only) transaction, which the cursor needs.
	 */
	void inOrder(UUID productId, Consumer<ExportedItem> each);

}
