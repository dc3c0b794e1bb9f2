package org.refinery.contracts.backlog.items;

/**
 * Where an item is in its life. {@code DONE} items feed throughput history; {@code REMOVED}
 * items are kept (with a reason) so they can be restored and so history stays complete.
 */
public enum ItemStatus {

	DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED

}
