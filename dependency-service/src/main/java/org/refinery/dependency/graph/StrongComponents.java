package org.refinery.dependency.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly connected components, iterative: an explicit stack of (node, next edge)
 * frames replaces recursion, so a chain of a million dependencies does not overflow the thread
 * stack. Every cycle of the graph lies inside one component of two or more nodes, or is a node
 * with an edge to itself.
 */
public final class StrongComponents {

	private final int[] componentOf;

	private final int count;

	private final List<int[]> cyclic;

	private StrongComponents(int[] componentOf, int count, List<int[]> cyclic) {
		this.componentOf = componentOf;
		this.count = count;
		this.cyclic = cyclic;
	}

	public static StrongComponents of(Digraph graph) {
		return new Tarjan(graph).run(null);
	}

	/**
	 * The same components, searched only among the nodes Kahn's algorithm could not layer. A
	 * layered node lies on no cycle, and every successor of an unlayered node is unlayered, so
	 * the search never leaves that part; on an acyclic graph it costs nothing at all.
	 */
	public static StrongComponents of(Digraph graph, Layers layers) {
		return new Tarjan(graph).run(layers);
	}

	/** The component number of a node. */
	public int componentOf(int node) {
		return componentOf[node];
	}

	public int count() {
		return count;
	}

	/** The components that contain a cycle, each as its nodes in ascending order. */
	public List<int[]> cyclic() {
		return cyclic;
	}

	private static final class Tarjan {

		private final Digraph graph;

		private final int[] index;

		private final int[] low;

		private final int[] componentOf;

		private final boolean[] onStack;

		private final int[] stack;

		private final int[] callNode;

		private final int[] callEdge;

		private final List<int[]> cyclic = new ArrayList<>();

		private int stackSize;

		private int nextIndex = 1;

		private int count;

		Tarjan(Digraph graph) {
			int n = graph.nodeCount();
			this.graph = graph;
			this.index = new int[n];
			this.low = new int[n];
			this.componentOf = new int[n];
			this.onStack = new boolean[n];
			this.stack = new int[n];
			this.callNode = new int[n];
			this.callEdge = new int[n];
		}

		StrongComponents run(Layers layers) {
			for (int root = 0; root < graph.nodeCount(); root++) {
				if (index[root] == 0 && (layers == null || layers.layerOf(root) < 0)) {
					visit(root);
				}
			}
			for (int node = 0; layers != null && node < graph.nodeCount(); node++) {
				if (index[node] == 0) {
					componentOf[node] = count++;
				}
			}
			return new StrongComponents(componentOf, count, cyclic);
		}

		private void visit(int root) {
			int depth = 0;
			enter(root, depth);
			while (depth >= 0) {
				int node = callNode[depth];
				int edge = callEdge[depth];
				if (edge < graph.edgeEnd(node)) {
					callEdge[depth] = edge + 1;
					int next = graph.target(edge);
					if (index[next] == 0) {
						enter(next, ++depth);
					}
					else if (onStack[next]) {
						low[node] = Math.min(low[node], index[next]);
					}
					continue;
				}
				if (low[node] == index[node]) {
					popComponent(node);
				}
				depth--;
				if (depth >= 0) {
					int parent = callNode[depth];
					low[parent] = Math.min(low[parent], low[node]);
				}
			}
		}

		private void enter(int node, int depth) {
			index[node] = nextIndex;
			low[node] = nextIndex++;
			stack[stackSize++] = node;
			onStack[node] = true;
			callNode[depth] = node;
			callEdge[depth] = graph.edgeStart(node);
		}

		private void popComponent(int root) {
			int start = stackSize;
			do {
				start--;
			}
			while (stack[start] != root);
			int size = stackSize - start;
			for (int i = start; i < stackSize; i++) {
				onStack[stack[i]] = false;
				componentOf[stack[i]] = count;
			}
			if (size > 1 || hasSelfLoop(root)) {
				int[] members = Arrays.copyOfRange(stack, start, stackSize);
				Arrays.sort(members);
				cyclic.add(members);
			}
			stackSize = start;
			count++;
		}

		private boolean hasSelfLoop(int node) {
			for (int edge = graph.edgeStart(node); edge < graph.edgeEnd(node); edge++) {
				if (graph.target(edge) == node) {
					return true;
				}
			}
			return false;
		}

	}

}
