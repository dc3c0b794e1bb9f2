package org.refinery.dependency.graph;

import java.util.Arrays;

/**
 * The heaviest chain of the graph: the path whose node weights sum highest, which bounds how
 * soon the last piece of work can finish however many teams work in parallel. Weights are
 * whole numbers (the service passes estimates in tenths of a point, zero for finished work).
 * Computed in one pass over a topological order, so nodes on or behind a cycle are ignored.
 *
 * @param length the summed weight of the path
 * @param nodes the path's nodes, first prerequisite first; empty for an empty graph
 */
public record CriticalPath(long length, int[] nodes) {

	public static CriticalPath of(Digraph graph, long[] weights, Layers layers) {
		if (weights.length != graph.nodeCount()) {
			throw new IllegalArgumentException("One weight per node: " + weights.length + " for " + graph.nodeCount());
		}
		int[] order = layers.order();
		long[] best = new long[graph.nodeCount()];
		int[] previous = new int[graph.nodeCount()];
		Arrays.fill(previous, -1);
		int end = -1;
		for (int node : order) {
			long total = best[node] + weights[node];
			if (end < 0 || total > best[end] + weights[end]) {
				end = node;
			}
			for (int edge = graph.edgeStart(node); edge < graph.edgeEnd(node); edge++) {
				int next = graph.target(edge);
				if (previous[next] < 0 || total > best[next]) {
					best[next] = total;
					previous[next] = node;
				}
			}
		}
		return end < 0 ? new CriticalPath(0, new int[0]) : new CriticalPath(best[end] + weights[end], trace(previous, end));
	}

	private static int[] trace(int[] previous, int end) {
		int length = 0;
		for (int node = end; node >= 0; node = previous[node]) {
			length++;
		}
		int[] path = new int[length];
		for (int node = end, i = length - 1; node >= 0; node = previous[node], i--) {
			path[i] = node;
		}
		return path;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CriticalPath that && length == that.length && Arrays.equals(nodes, that.nodes);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(length) * 31 + Arrays.hashCode(nodes);
	}

	@Override
	public String toString() {
		return "CriticalPath[length=" + length + ", nodes=" + Arrays.toString(nodes) + "]";
	}

}
