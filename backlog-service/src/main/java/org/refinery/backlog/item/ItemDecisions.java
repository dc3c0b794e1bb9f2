package org.refinery.backlog.item;

import org.refinery.membership.Caller;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The changes to an item that a refinement session's outcome claims. Each is made as the
 * caller's own change: with their rights on the item, under the item's rules, and with its
 * version, history entry and event, so that the outcome is true once recorded.
 */
public interface ItemDecisions {

	/** Moves the item to READY, or leaves it there; {@link NotReady} when the Definition of Ready fails. */
	Item declareReady(UUID itemId, Caller caller);

	Item estimate(UUID itemId, BigDecimal points, Caller caller);

	Item remove(UUID itemId, String reason, Caller caller);

	/** The children the item was split into, in order. */
	List<Item> split(UUID itemId, List<NewItem> parts, Caller caller);

}
