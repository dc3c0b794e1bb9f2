package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.link.Link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The links that hold for a piece of work: its own and those of the items above it (a link to an
 * epic states that all its work serves the goal). Where an item and an ancestor both link the same
 * goal, the nearer link's weight holds, so a goal never counts an item twice.
 */
final class EffectiveLinks {

	private final Map<UUID, List<Link>> linksByItem;

	private final WorkBreakdown breakdown;

	EffectiveLinks(Map<UUID, List<Link>> linksByItem, WorkBreakdown breakdown) {
		this.linksByItem = linksByItem;
		this.breakdown = breakdown;
	}

	List<Link> of(BacklogItem item) {
		List<Link> own = linksByItem.getOrDefault(item.id(), List.of());
		List<UUID> ancestors = breakdown.ancestorsOf(item);
		if (ancestors.isEmpty()) {
			return own;
		}
		List<Link> links = new ArrayList<>(own);
		Set<UUID> goals = new HashSet<>();
		own.forEach(link -> goals.add(link.goalId()));
		for (UUID ancestor : ancestors) {
			for (Link link : linksByItem.getOrDefault(ancestor, List.of())) {
				if (goals.add(link.goalId())) {
					links.add(link);
				}
			}
		}
		return links;
	}

}
