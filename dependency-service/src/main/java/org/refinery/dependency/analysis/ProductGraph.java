package org.refinery.dependency.analysis;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.graph.Digraph;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The open BLOCKS dependencies of a product as an int-indexed graph over the items they
 * connect, edges from prerequisite to dependent. An item missing from the read model (its
 * events have not arrived) is left out with its edges. Weights are estimates in tenths of a
 * point, zero for finished or unestimated items, so only unfinished work lengthens a path.
 */
final class ProductGraph {

	private final Map<UUID, Integer> nodes = new HashMap<>();

	private final List<BacklogItem> items = new ArrayList<>();

	private final Digraph graph;

	ProductGraph(Map<UUID, BacklogItem> known, List<Dependency> open) {
		int[] from = new int[open.size()];
		int[] to = new int[open.size()];
		int edges = 0;
		for (Dependency dependency : open) {
			BacklogItem prerequisite = known.get(dependency.prerequisite().itemId());
			BacklogItem dependent = known.get(dependency.dependent().itemId());
			if (dependency.type() == DependencyType.BLOCKS && prerequisite != null && dependent != null) {
				from[edges] = node(prerequisite);
				to[edges++] = node(dependent);
			}
		}
		this.graph = Digraph.of(items.size(), from, to, edges);
	}

	private int node(BacklogItem item) {
		return nodes.computeIfAbsent(item.id(), id -> {
			items.add(item);
			return items.size() - 1;
		});
	}

	Digraph graph() {
		return graph;
	}

	BacklogItem item(int node) {
		return items.get(node);
	}

	List<ItemRef> refs(int[] nodes) {
		List<ItemRef> refs = new ArrayList<>(nodes.length);
		for (int node : nodes) {
			refs.add(ItemRef.of(items.get(node)));
		}
		return refs;
	}

	long[] weights() {
		long[] weights = new long[items.size()];
		for (int node = 0; node < weights.length; node++) {
			BacklogItem item = items.get(node);
			BigDecimal estimate = item.estimate();
			weights[node] = item.status().unfinished() && estimate != null
					? estimate.movePointRight(1).longValue() : 0;
		}
		return weights;
	}

}
