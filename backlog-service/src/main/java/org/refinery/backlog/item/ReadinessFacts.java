package org.refinery.backlog.item;

import java.util.List;
import java.util.Set;

/**
 * What the Definition of Ready needs to know beyond the item itself: the checklist items people
 * ticked, and what the dependency and alignment services announced about the item.
 *
 * @param tickedChecks codes of the custom checklist items ticked for the item
 * @param unreadyPrerequisites keys of open BLOCKS prerequisites that are not yet READY or beyond
 * @param unacknowledgedDependencies how many of the item's dependencies no prerequisite team acknowledged
 * @param inCycle whether the item sits on a cycle of open BLOCKS dependencies
 * @param activeGoalLinks how many active goals the item is linked to
 */
public record ReadinessFacts(Set<String> tickedChecks, List<String> unreadyPrerequisites,
		int unacknowledgedDependencies, boolean inCycle, int activeGoalLinks) {

	public ReadinessFacts {
		tickedChecks = Set.copyOf(tickedChecks);
		unreadyPrerequisites = List.copyOf(unreadyPrerequisites);
	}

	public static ReadinessFacts none() {
		return new ReadinessFacts(Set.of(), List.of(), 0, false, 0);
	}

}
