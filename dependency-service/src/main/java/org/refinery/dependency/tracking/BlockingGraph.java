package org.refinery.dependency.tracking;

import org.refinery.dependency.graph.LiveGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open BLOCKS dependencies of one product as a graph, for the insert-time cycle check. An
 * edge runs from prerequisite to dependent; a new dependency of {@code d} on {@code p} closes a
 * cycle exactly when {@code d} already reaches {@code p}, found by one search that visits only
 * what {@code d} reaches. The graph is kept between requests and follows each change ({@link
 * #add}, {@link #remove}); {@code version} says which stored state of the product it mirrors.
 * Not thread-safe: the owner serializes access.
 */
public final class BlockingGraph {

	private final Map<UUID, Integer> nodes = new HashMap<>();

	private final List<UUID> items = new ArrayList<>();

	private final LiveGraph graph = new LiveGraph();

	private long version;

	public BlockingGraph(List<Dependency> blocking) {
		this(blocking, 0);
	}

	public BlockingGraph(List<Dependency> blocking, long version) {
		blocking.forEach(this::add);
		this.version = version;
	}

	/** Whether a dependency is an edge of this graph: open and BLOCKS. */
	public static boolean isEdge(Dependency dependency) {
		return dependency != null && dependency.type() == DependencyType.BLOCKS && dependency.status().open();
	}

	public void add(Dependency dependency) {
		graph.addEdge(node(dependency.prerequisite().itemId()), node(dependency.dependent().itemId()));
	}

	/** Removes the dependency's edge; answers false when the graph has no such edge (it is out of date). */
	public boolean remove(Dependency dependency) {
		Integer from = nodes.get(dependency.prerequisite().itemId());
		Integer to = nodes.get(dependency.dependent().itemId());
		return from != null && to != null && graph.removeEdge(from, to);
	}

	public long version() {
		return version;
	}

	public void advanceTo(long version) {
		this.version = version;
	}

	public int edgeCount() {
		return graph.edgeCount();
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
		int[] path = graph.path(d, p);
		if (path == null) {
			return Optional.empty();
		}
		List<UUID> cycle = new ArrayList<>();
		cycle.add(dependent);
		for (int i = path.length - 1; i >= 0; i--) {
			cycle.add(items.get(path[i]));
		}
		return Optional.of(cycle);
	}

	private int node(UUID item) {
		return nodes.computeIfAbsent(item, id -> {
			items.add(id);
			return graph.addNode();
		});
	}

}
