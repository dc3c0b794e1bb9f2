package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which items are pieces of work and which only group them. An epic's estimate is usually its
 * children's sum, so counting both counts the work twice: only <em>leaves</em> count, items with
 * no child that is not REMOVED. An epic's own estimate therefore counts while it has no children
 * (and again if all of them are removed). Links of a parent hold for the leaves below it.
 */
public final class WorkBreakdown {

	/** Far deeper than any backlog nests: a longer chain of parents can only be a cycle in the read model. */
	private static final int MAX_DEPTH = 32;

	private final Map<UUID, BacklogItem> byId = new HashMap<>();

	private final Set<UUID> parents = new HashSet<>();

	private WorkBreakdown(List<BacklogItem> productItems) {
		for (BacklogItem item : productItems) {
			byId.put(item.id(), item);
			if (item.parentId() != null && item.status() != ItemStatus.REMOVED) {
				parents.add(item.parentId());
			}
		}
	}

	public static WorkBreakdown of(List<BacklogItem> productItems) {
		return new WorkBreakdown(productItems);
	}

	public boolean isLeaf(BacklogItem item) {
		return !parents.contains(item.id());
	}

	/** The leaves among {@code items}, in their order. */
	public List<BacklogItem> leaves(List<BacklogItem> items) {
		return items.stream().filter(this::isLeaf).toList();
	}

	/** The ids of the item's parent, grandparent and so on, nearest first, as far as the product's items reach. */
	public List<UUID> ancestorsOf(BacklogItem item) {
		List<UUID> ancestors = new ArrayList<>();
		BacklogItem next = byId.get(item.parentId());
		while (next != null && ancestors.size() < MAX_DEPTH && !next.id().equals(item.id())
				&& !ancestors.contains(next.id())) {
			ancestors.add(next.id());
			next = next.parentId() == null ? null : byId.get(next.parentId());
		}
		return ancestors;
	}

}
