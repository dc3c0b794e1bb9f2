package org.refinery.dependency.graph;

import java.util.Arrays;

/**
 * A directed graph on nodes {@code 0..nodeCount-1} in compressed sparse row form: the
 * successors of node {@code v} are {@code targets[offsets[v] .. offsets[v+1])}. Two int
 * arrays, so a graph costs 4 bytes per node and 4 bytes per edge, and walking it touches
 * memory in order. Immutable once built.
 */
public final class Digraph {

	private final int nodeCount;

	private final int[] offsets;

	private final int[] targets;

	private Digraph(int nodeCount, int[] offsets, int[] targets) {
		this.nodeCount = nodeCount;
		this.offsets = offsets;
		this.targets = targets;
	}

	/**
	 * Builds the graph of the first {@code edgeCount} edges {@code from[i] -> to[i]} by a
	 * counting sort on the source node; parallel edges are kept.
	 */
	public static Digraph of(int nodeCount, int[] from, int[] to, int edgeCount) {
		if (nodeCount < 0 || edgeCount < 0 || edgeCount > from.length || edgeCount > to.length) {
			throw new IllegalArgumentException("Bad graph size: " + nodeCount + " nodes, " + edgeCount + " edges");
		}
		int[] offsets = new int[nodeCount + 1];
		for (int i = 0; i < edgeCount; i++) {
			requireNode(from[i], nodeCount);
			requireNode(to[i], nodeCount);
			offsets[from[i] + 1]++;
		}
		for (int v = 0; v < nodeCount; v++) {
			offsets[v + 1] += offsets[v];
		}
		int[] next = Arrays.copyOf(offsets, nodeCount);
		int[] targets = new int[edgeCount];
		for (int i = 0; i < edgeCount; i++) {
			targets[next[from[i]]++] = to[i];
		}
		return new Digraph(nodeCount, offsets, targets);
	}

	private static void requireNode(int node, int nodeCount) {
		if (node < 0 || node >= nodeCount) {
			throw new IllegalArgumentException("Node " + node + " is not in 0.." + (nodeCount - 1));
		}
	}

	public int nodeCount() {
		return nodeCount;
	}

	public int edgeCount() {
		return targets.length;
	}

	/** Index of the first outgoing edge of {@code node}; the edges run up to {@link #edgeEnd}. */
	public int edgeStart(int node) {
		return offsets[node];
	}

	public int edgeEnd(int node) {
		return offsets[node + 1];
	}

	/** The node an edge points to. */
	public int target(int edge) {
		return targets[edge];
	}

	/** Number of incoming edges of every node. */
	public int[] inDegrees() {
		int[] degrees = new int[nodeCount];
		for (int target : targets) {
			degrees[target]++;
		}
		return degrees;
	}

	/** Bytes held by the adjacency arrays, for memory budgets. */
	public long footprintBytes() {
		return 4L * offsets.length + 4L * targets.length;
	}

}
