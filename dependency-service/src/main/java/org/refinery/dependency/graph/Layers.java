package org.refinery.dependency.graph;

/**
 * Kahn's topological sort by layers: layer 0 holds the nodes nothing points to, layer k the
 * nodes whose predecessors all lie in layers below k. Work in one layer can proceed in parallel
 * once the layers before it are done. Nodes on a cycle, or behind one, get no layer ({@code -1})
 * and are missing from {@link #order()}.
 */
public final class Layers {

	private final int[] layerOf;

	private final int[] order;

	private final int layerCount;

	private Layers(int[] layerOf, int[] order, int layerCount) {
		this.layerOf = layerOf;
		this.order = order;
		this.layerCount = layerCount;
	}

	public static Layers of(Digraph graph) {
		int n = graph.nodeCount();
		int[] remaining = graph.inDegrees();
		int[] layerOf = new int[n];
		int[] queue = new int[n];
		int tail = 0;
		for (int v = 0; v < n; v++) {
			layerOf[v] = -1;
			if (remaining[v] == 0) {
				queue[tail++] = v;
				layerOf[v] = 0;
			}
		}
		int layerCount = tail > 0 ? 1 : 0;
		for (int head = 0; head < tail; head++) {
			int node = queue[head];
			int nextLayer = layerOf[node] + 1;
			for (int edge = graph.edgeStart(node); edge < graph.edgeEnd(node); edge++) {
				int next = graph.target(edge);
				if (--remaining[next] == 0) {
					layerOf[next] = nextLayer;
					layerCount = Math.max(layerCount, nextLayer + 1);
					queue[tail++] = next;
				}
			}
		}
		return new Layers(layerOf, tail == n ? queue : java.util.Arrays.copyOf(queue, tail), layerCount);
	}

	/** The layer of a node, or -1 when it lies on or behind a cycle. */
	public int layerOf(int node) {
		return layerOf[node];
	}

	public int layerCount() {
		return layerCount;
	}

	/** The layered nodes in a topological order, layer by layer. */
	public int[] order() {
		return order;
	}

	/** Whether every node got a layer, that is whether the graph has no cycle. */
	public boolean complete() {
		return order.length == layerOf.length;
	}

}
