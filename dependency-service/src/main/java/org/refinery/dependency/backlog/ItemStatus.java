package org.refinery.dependency.backlog;

/** The backlog's item statuses as this service needs them: DONE and REMOVED end an item's work. */
public enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED;

	/** Whether work on the item is still to come. */
	public boolean unfinished() {
		return this != DONE && this != REMOVED;
	}

	/** Whether refinement has finished with the item, i.e. it is READY or beyond. */
	public boolean refined() {
		return this == READY || this == PLANNED || this == IN_PROGRESS || this == DONE;
	}

}
