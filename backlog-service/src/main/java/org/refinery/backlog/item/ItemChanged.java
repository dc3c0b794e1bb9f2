package org.refinery.backlog.item;

import org.refinery.backlog.product.Actor;

import java.util.List;
import java.util.UUID;

/**
 * An item changed; {@code before} is null when it was created. One event per command, so each
 * command yields exactly one contract event and one history entry.
 */
public record ItemChanged(Change change, Item before, Item after, Readiness readiness, Actor actor,
		List<UUID> children) {

	public ItemChanged(Change change, Item before, Item after, Readiness readiness, Actor actor) {
		this(change, before, after, readiness, actor, List.of());
	}

	/** What kind of change happened, which decides the contract event. */
	public enum Change {

		CREATED, REFINED, ASSIGNED, ESTIMATED, RERANKED, STATUS_CHANGED, REMOVED, RESTORED, READINESS_CHANGED, SPLIT

	}

}
