package org.refinery.alignment.backlog;

/** Where an item is in its life; DONE and REMOVED items are no longer open work. */
public enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED;

	/** Still to be delivered: neither done nor removed. */
	public boolean isOpen() {
		return this != DONE && this != REMOVED;
	}

}
