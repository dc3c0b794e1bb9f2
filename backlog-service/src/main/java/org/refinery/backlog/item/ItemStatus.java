package org.refinery.backlog.item;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an item. Refinement moves an item from DRAFT through IN_REFINEMENT to READY;
 * planning takes READY items into a period; a step back is always allowed so that an item can
 * be refined again. REMOVED is reached only by removing an item with a reason, and left only
 * by restoring it.
 */
public enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED;

	/** The statuses this one may move to through a status change. */
	public Set<ItemStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_REFINEMENT);
			case IN_REFINEMENT -> EnumSet.of(DRAFT, READY);
			case READY -> EnumSet.of(IN_REFINEMENT, PLANNED);
			case PLANNED -> EnumSet.of(READY, IN_PROGRESS);
			case IN_PROGRESS -> EnumSet.of(PLANNED, DONE);
			case DONE -> EnumSet.of(IN_PROGRESS);
			case REMOVED -> EnumSet.noneOf(ItemStatus.class);
		};
	}

}
