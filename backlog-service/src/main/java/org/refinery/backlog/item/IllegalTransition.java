package org.refinery.backlog.item;

import java.util.Set;

/** A status change the item's life does not allow (answered 409 with the allowed moves). */
public class IllegalTransition extends RuntimeException {

	private final Set<ItemStatus> allowed;

	public IllegalTransition(ItemStatus from, ItemStatus to) {
		super("An item cannot move from " + from + " to " + to + "; allowed: " + from.next());
		this.allowed = from.next();
	}

	public Set<ItemStatus> allowed() {
		return allowed;
	}

}
