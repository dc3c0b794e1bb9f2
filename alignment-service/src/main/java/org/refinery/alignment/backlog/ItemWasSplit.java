package org.refinery.alignment.backlog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * backlog-service split {@code parentId} into {@code childIds}; raised once, when the read
 * model takes the split's version, so that the goal links of the parent can move to the children.
 */
public record ItemWasSplit(UUID parentId, List<UUID> childIds, String actorSubject, String actorName) {

	public ItemWasSplit {
		Objects.requireNonNull(parentId, "parentId");
		childIds = List.copyOf(childIds);
		Objects.requireNonNull(actorSubject, "actorSubject");
	}

}
