package org.refinery.dependency.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether one node reaches another, and by which path: the insert-time cycle check. Adding an
 * edge {@code u -> v} closes a cycle exactly when {@code v} already reaches {@code u}, so one
 * breadth-first search from {@code v} answers it without rebuilding anything. The search visits
 * at most {@code budget} nodes; when the budget runs out the answer is {@link Outcome#UNDECIDED}
 * and the caller must refuse or check fully, never assume there is no path. The arrays are
 * reused between searches (stamped by generation), so a search costs only what it visits.
 * <p>
 * On an acyclic graph a search can also be bounded by a topological order ({@link
 * #ordered}): every path climbs that order, so a goal placed before the start is unreachable
 * at once, and otherwise only nodes placed up to the goal need a visit.
 * Not thread-safe: one instance per thread or per request.
 */
public final class PathSearch {

	/** What a search found out. */
	public enum Outcome {
		FOUND, NOT_REACHABLE, UNDECIDED
	}

	/** The outcome and, when found, the path from the start node to the goal, both included. */
	public record Result(Outcome outcome, int[] path) {
	}

	private final Digraph graph;

	private final int[] seen;

	private final int[] parent;

	private final int[] queue;

	private final int[] position;

	private int generation;

	public PathSearch(Digraph graph) {
		this(graph, null);
	}

	private PathSearch(Digraph graph, int[] position) {
		this.graph = graph;
		this.position = position;
		this.seen = new int[graph.nodeCount()];
		this.parent = new int[graph.nodeCount()];
		this.queue = new int[graph.nodeCount()];
	}

	/** A search bounded by the topological order of complete layers; the graph must be acyclic. */
	public static PathSearch ordered(Digraph graph, Layers layers) {
		if (!layers.complete()) {
			throw new IllegalArgumentException("Only an acyclic graph has a topological order to bound searches");
		}
		int[] position = new int[graph.nodeCount()];
		int[] order = layers.order();
		for (int i = 0; i < order.length; i++) {
			position[order[i]] = i;
		}
		return new PathSearch(graph, position);
	}

	public Result find(int start, int goal, int budget) {
		if (position != null && position[start] > position[goal]) {
			return new Result(Outcome.NOT_REACHABLE, new int[0]);
		}
		if (++generation == 0) {
			Arrays.fill(seen, 0);
			generation = 1;
		}
		seen[start] = generation;
		parent[start] = -1;
		queue[0] = start;
		int tail = 1;
		for (int head = 0; head < tail; head++) {
			int node = queue[head];
			if (node == goal) {
				return new Result(Outcome.FOUND, trace(goal));
			}
			if (tail > budget) {
				return new Result(Outcome.UNDECIDED, new int[0]);
			}
			for (int edge = graph.edgeStart(node); edge < graph.edgeEnd(node); edge++) {
				int next = graph.target(edge);
				if (seen[next] != generation && (position == null || position[next] <= position[goal])) {
					seen[next] = generation;
					parent[next] = node;
					queue[tail++] = next;
				}
			}
		}
		return new Result(Outcome.NOT_REACHABLE, new int[0]);
	}

	/** Whether adding {@code from -> to} would close a cycle; the budget as in {@link #find}. */
	public Result cycleIfAdded(int from, int to, int budget) {
		return find(to, from, budget);
	}

	private int[] trace(int goal) {
		int length = 0;
		for (int node = goal; node >= 0; node = parent[node]) {
			length++;
		}
		int[] path = new int[length];
		for (int node = goal, i = length - 1; node >= 0; node = parent[node], i--) {
			path[i] = node;
		}
		return path;
	}

}
