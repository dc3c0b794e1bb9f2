package org.refinery.backlog.item;

import java.util.UUID;

/** A slice of one product's backlog in rank order; null filters select everything. */
public record ItemQuery(UUID productId, String teamKey, ItemStatus status, ItemType type) {

	/** Whether the query selects the whole product, whose size is kept rather than counted. */
	public boolean unfiltered() {
		return teamKey == null && status == null && type == null;
	}

}
