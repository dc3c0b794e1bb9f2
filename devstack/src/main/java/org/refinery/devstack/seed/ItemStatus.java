package org.refinery.devstack.seed;

import java.util.Arrays;
import java.util.List;

/** Backlog item states in workflow order; REMOVED is reached by a removal, not a transition. */
enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED;

	/** The transitions from DRAFT to this state, one step at a time. */
	List<ItemStatus> pathFromDraft() {
		if (this == REMOVED) {
			return List.of();
		}
		return Arrays.stream(values()).filter(s -> s.ordinal() > DRAFT.ordinal() && s.ordinal() <= ordinal()).toList();
	}

	boolean open() {
		return this != DONE && this != REMOVED;
	}

}
