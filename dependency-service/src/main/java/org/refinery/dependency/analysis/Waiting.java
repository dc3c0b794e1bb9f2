package org.refinery.dependency.analysis;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who waits for whom among unfinished items, and where the backlog order disagrees. */
final class Waiting {

	private Waiting() {
	}

	/** Unfinished items with an open BLOCKS dependency on an unfinished item, in backlog order. */
	static List<ProductAnalysis.Blocked> blocked(Map<UUID, BacklogItem> known, List<Dependency> open) {
		Map<BacklogItem, List<ItemRef>> waiting = new LinkedHashMap<>();
		for (Dependency dependency : open) {
			BacklogItem dependent = known.get(dependency.dependent().itemId());
			BacklogItem prerequisite = known.get(dependency.prerequisite().itemId());
			if (dependency.type() == DependencyType.BLOCKS && bothUnfinished(dependent, prerequisite)) {
				waiting.computeIfAbsent(dependent, item -> new ArrayList<>()).add(ItemRef.of(prerequisite));
			}
		}
		return waiting.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> a.rank().compareTo(b.rank())))
			.map(entry -> new ProductAnalysis.Blocked(ItemRef.of(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	/** Open BLOCKS dependencies whose dependent is ranked ahead, or ready before its prerequisite. */
	static List<OrderingConflict> conflicts(Map<UUID, BacklogItem> known, List<Dependency> open) {
		List<OrderingConflict> conflicts = new ArrayList<>();
		for (Dependency dependency : open) {
			BacklogItem dependent = known.get(dependency.dependent().itemId());
			BacklogItem prerequisite = known.get(dependency.prerequisite().itemId());
			if (dependency.type() != DependencyType.BLOCKS || !bothUnfinished(dependent, prerequisite)) {
				continue;
			}
			if (dependent.rankedAhead(prerequisite)) {
				conflicts.add(new OrderingConflict(OrderingConflict.Kind.RANKED_AHEAD, ItemRef.of(dependent),
						ItemRef.of(prerequisite)));
			}
			if (dependent.status().refined() && !prerequisite.status().refined()) {
				conflicts.add(new OrderingConflict(OrderingConflict.Kind.READY_BEFORE_PREREQUISITE,
						ItemRef.of(dependent), ItemRef.of(prerequisite)));
			}
		}
		return conflicts;
	}

	private static boolean bothUnfinished(BacklogItem dependent, BacklogItem prerequisite) {
		return dependent != null && prerequisite != null && dependent.status().unfinished()
				&& prerequisite.status().unfinished();
	}

}
