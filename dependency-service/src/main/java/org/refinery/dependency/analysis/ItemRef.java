package org.refinery.dependency.analysis;

import org.refinery.dependency.backlog.BacklogItem;

import java.util.UUID;

/** An item as an analysis names it: id, key and owning team. */
public record ItemRef(UUID itemId, String itemKey, String teamKey) {

	static ItemRef of(BacklogItem item) {
		return new ItemRef(item.id(), item.key(), item.teamKey());
	}

}
