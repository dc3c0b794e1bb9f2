package org.refinery.backlog.item;

import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;

/**
 * Items brought in from an external tracker, stored and announced exactly as the API stores and
 * announces them (history, readiness, one outbox event per change), but in the status the
 * tracker says: an import mirrors upstream state instead of walking the item's life step by step.
 * The caller's right to import (product owner or administrator) is checked by the import.
 */
public interface ItemImports {

	/** A new item with the next key of the product, at {@code rank}; one CREATED event. */
	Item create(Product product, ItemContent content, String rank, Caller caller);

	/**
	 * Brings the item to {@code content}: one change (version, history entry, event) per kind of
	 * difference — text, teams, estimate, status — and none when nothing differs.
	 */
	Item update(Item item, ItemContent content, Caller caller);

}
