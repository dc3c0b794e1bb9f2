package org.refinery.backlog.item;

import java.util.UUID;

/**
 * A slice of one product's backlog in rank order; null filters select everything. Without a
 * status, {@code openOnly} leaves out DONE and REMOVED items: finished and discarded work is
 * history, not part of the order people refine.
 */
public record ItemQuery(UUID productId, String teamKey, ItemStatus status, ItemType type, boolean openOnly) {

	/** Whether the query selects the whole product, whose size is kept rather than counted. */
	public boolean unfiltered() {
		return teamKey == null && status == null && type == null && !openOnly;
	}

	/** Whether only open work is selected: no status asked for, and finished work left out. */
	public boolean onlyOpen() {
		return status == null && openOnly;
	}

}
