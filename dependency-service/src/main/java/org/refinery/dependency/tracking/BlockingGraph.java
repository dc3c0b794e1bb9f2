package org.refinery.dependency.tracking;

import org.refinery.dependency.graph.Digraph;
import org.refinery.dependency.graph.PathSearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open BLOCKS dependencies of one product as a graph, for the insert-time cycle check. An
 * edge runs from prerequisite to dependent; a new dependency of {@code d} on {@code p} closes a
 * cycle exactly when {@code d} already reaches {@code p}, found by one bounded search.
 */
public final class BlockingGraph {

	private final Map<UUID, Integer> nodes = new HashMap<>();

	private final List<UUID> items = new ArrayList<>();

	private final Digraph graph;

	public BlockingGraph(List<Dependency> blocking) {
		int[] from = new int[blocking.size()];
		int[] to = new int[blocking.size()];
		for (int i = 0; i < blocking.size(); i++) {
			from[i] = node(blocking.get(i).prerequisite().itemId());
			to[i] = node(blocking.get(i).dependent().itemId());
		}
		this.graph = Digraph.of(items.size(), from, to, blocking.size());
	}

	/**
	 * The item ids of the cycle the new dependency would close, from the dependent item through
	 * what it would need back to itself; empty when there is none.
	 */
	public Optional<List<UUID>> cycleIfAdded(UUID dependent, UUID prerequisite) {
		Integer d = nodes.get(dependent);
		Integer p = nodes.get(prerequisite);
		if (d == null || p == null) {
			return Optional.empty();
		}
		var result = new PathSearch(graph).find(d, p, graph.nodeCount());
		if (result.outcome() != PathSearch.Outcome.FOUND) {
			return Optional.empty();
		}
		List<UUID> cycle = new ArrayList<>();
		cycle.add(dependent);
		int[] path = result.path();
		for (int i = path.length - 1; i >= 0; i--) {
			cycle.add(items.get(path[i]));
		}
		return Optional.of(cycle);
	}

	private int node(UUID item) {
		return nodes.computeIfAbsent(item, id -> {
			items.add(id);
			return items.size() - 1;
		});
	}

}
