package org.refinery.forecast.backlog;

/** Where an item is in its life; only {@code DONE} counts as throughput, {@code REMOVED} is out of scope. */
public enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED

}
