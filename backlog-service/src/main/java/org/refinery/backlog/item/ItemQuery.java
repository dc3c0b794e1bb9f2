package org.refinery.backlog.item;

import java.util.List;
import java.util.UUID;

/**
 * A slice of one product's backlog in rank order; empty filters select everything, several values
 * of one filter select any of them. Without a status, {@code openOnly} leaves out DONE and REMOVED
 * items: finished and discarded work is history, not part of the order people refine.
 *
 * @param text words that must occur, as typed, in the key, title, description or acceptance
 * criteria (case-insensitive), or null
 */
public record ItemQuery(UUID productId, List<String> teamKeys, List<ItemStatus> statuses, List<ItemType> types,
		String text, boolean openOnly) {

	public ItemQuery {
		teamKeys = teamKeys == null ? List.of() : List.copyOf(teamKeys);
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
		types = types == null ? List.of() : List.copyOf(types);
	}

	/** Whether the query selects the whole product, whose size is kept rather than counted. */
	public boolean unfiltered() {
		return teamKeys.isEmpty() && statuses.isEmpty() && types.isEmpty() && text == null && !openOnly;
	}

	/** Whether only open work is selected: no status asked for, and finished work left out. */
	public boolean onlyOpen() {
		return statuses.isEmpty() && openOnly;
	}

}
