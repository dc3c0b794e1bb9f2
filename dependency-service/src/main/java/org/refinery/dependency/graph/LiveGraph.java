package org.refinery.dependency.graph;

import java.util.Arrays;

/**
 * A directed graph that changes one edge at a time: the per-product graph kept in memory
 * between requests. Nodes are ints; each node's successors and predecessors sit in growable int
 * arrays, so adding an edge is amortised O(1) and removing one costs the node's degree (the last
 * entry takes the removed one's place). Parallel edges are kept and removed one at a time.
 * <p>
 * While the graph is acyclic it keeps a topological order, repaired on each edge that goes
 * against it by the Pearce–Kelly algorithm (only the nodes between the edge's ends are
 * searched and renumbered among their own positions). {@link #path} is the insert-time cycle
 * check, bounded by that order as {@link PathSearch#ordered} is: a goal placed before the start
 * is unreachable at once, and only nodes placed up to the goal are visited. An edge that closes a
 * cycle (imported data) drops the order, and searches visit all the start reaches. Arrays are
 * reused between searches (stamped by generation). Not thread-safe: the owner serializes access.
 */
public final class LiveGraph {

	private static final int[] NONE = new int[0];

	private int[][] successors = new int[8][];

	private int[] degrees = new int[8];

	private int[][] predecessors = new int[8][];

	private int[] inDegrees = new int[8];

	/** Topological position of each node while {@link #ordered}. */
	private int[] position = new int[8];

	private boolean ordered = true;

	private int[] back = new int[8];

	private int nodeCount;

	private int edgeCount;

	private int[] seen = new int[8];

	private int[] parent = new int[8];

	private int[] queue = new int[8];

	private int generation;

	/** Adds a node without edges and answers its id, the next int. */
	public int addNode() {
		if (nodeCount == successors.length) {
			int capacity = nodeCount * 2;
			successors = Arrays.copyOf(successors, capacity);
			degrees = Arrays.copyOf(degrees, capacity);
			predecessors = Arrays.copyOf(predecessors, capacity);
			inDegrees = Arrays.copyOf(inDegrees, capacity);
			position = Arrays.copyOf(position, capacity);
			back = Arrays.copyOf(back, capacity);
			seen = Arrays.copyOf(seen, capacity);
			parent = Arrays.copyOf(parent, capacity);
			queue = Arrays.copyOf(queue, capacity);
		}
		successors[nodeCount] = NONE;
		predecessors[nodeCount] = NONE;
		position[nodeCount] = nodeCount;
		return nodeCount++;
	}

	public void addEdge(int from, int to) {
		requireNode(from);
		requireNode(to);
		if (ordered && position[from] >= position[to]) {
			reorder(from, to);
		}
		successors[from] = append(successors[from], degrees[from]++, to);
		predecessors[to] = append(predecessors[to], inDegrees[to]++, from);
		edgeCount++;
	}

	/** Removes one edge {@code from -> to}; answers false when there is none. The order stays valid. */
	public boolean removeEdge(int from, int to) {
		requireNode(from);
		requireNode(to);
		if (!removeFrom(successors[from], degrees, from, to)) {
			return false;
		}
		removeFrom(predecessors[to], inDegrees, to, from);
		edgeCount--;
		return true;
	}

	/** Whether the graph is acyclic as far as the kept order knows (false once a cycle was added). */
	public boolean ordered() {
		return ordered;
	}

	/** The node's place in the topological order; meaningful only while {@link #ordered}. */
	public int position(int node) {
		requireNode(node);
		return position[node];
	}

	private static int[] append(int[] array, int size, int value) {
		int[] target = size == array.length ? Arrays.copyOf(array, Math.max(2, array.length * 2)) : array;
		target[size] = value;
		return target;
	}

	private static boolean removeFrom(int[] array, int[] sizes, int owner, int value) {
		for (int i = 0; i < sizes[owner]; i++) {
			if (array[i] == value) {
				array[i] = array[--sizes[owner]];
				return true;
			}
		}
		return false;
	}

	/**
	 * Pearce–Kelly: {@code to} is placed at or before {@code from}. The nodes {@code to} reaches
	 * below {@code from}'s place and the nodes reaching {@code from} above {@code to}'s place swap
	 * into the same set of positions, those reaching {@code from} first. Reaching {@code from}
	 * itself means the edge closes a cycle: the order is dropped.
	 */
	private void reorder(int from, int to) {
		stamp();
		int forward = from == to ? -1 : collect(to, from, position[from], true, queue);
		int backward = forward < 0 ? -1 : collect(from, to, position[to], false, back);
		if (backward < 0) {
			ordered = false;
			return;
		}
		int[] places = new int[forward + backward];
		long[] byPlace = new long[forward + backward];
		for (int i = 0; i < backward; i++) {
			byPlace[i] = ((long) position[back[i]] << 32) | back[i];
		}
		for (int i = 0; i < forward; i++) {
			byPlace[backward + i] = ((long) position[queue[i]] << 32) | queue[i];
		}
		Arrays.sort(byPlace, 0, backward);
		Arrays.sort(byPlace, backward, byPlace.length);
		for (int i = 0; i < places.length; i++) {
			places[i] = (int) (byPlace[i] >>> 32);
		}
		Arrays.sort(places);
		for (int i = 0; i < places.length; i++) {
			position[(int) byPlace[i]] = places[i];
		}
	}

	/**
	 * Depth-first from {@code start} (forward along successors or backward along predecessors),
	 * keeping to nodes placed strictly between the bound and the start's side; answers how many
	 * nodes went into {@code out}, or -1 when {@code stop} was reached.
	 */
	private int collect(int start, int stop, int bound, boolean forward, int[] out) {
		seen[start] = generation;
		out[0] = start;
		int size = 1;
		for (int next = 0; next < size; next++) {
			int node = out[next];
			int[] neighbours = forward ? successors[node] : predecessors[node];
			int degree = forward ? degrees[node] : inDegrees[node];
			for (int i = 0; i < degree; i++) {
				int other = neighbours[i];
				if (other == stop) {
					return -1;
				}
				boolean inside = forward ? position[other] < bound : position[other] > bound;
				if (inside && seen[other] != generation) {
					seen[other] = generation;
					out[size++] = other;
				}
			}
		}
		return size;
	}

	private void stamp() {
		if (++generation == 0) {
			Arrays.fill(seen, 0);
			generation = 1;
		}
	}

	/** A shortest path from {@code start} to {@code goal}, both included; null when there is none. */
	public int[] path(int start, int goal) {
		requireNode(start);
		requireNode(goal);
		if (ordered && position[start] > position[goal]) {
			return null;
		}
		stamp();
		seen[start] = generation;
		parent[start] = -1;
		queue[0] = start;
		int tail = 1;
		for (int head = 0; head < tail; head++) {
			int node = queue[head];
			if (node == goal) {
				return trace(goal);
			}
			for (int i = 0; i < degrees[node]; i++) {
				int next = successors[node][i];
				if (seen[next] != generation && (!ordered || position[next] <= position[goal])) {
					seen[next] = generation;
					parent[next] = node;
					queue[tail++] = next;
				}
			}
		}
		return null;
	}

	public int nodeCount() {
		return nodeCount;
	}

	public int edgeCount() {
		return edgeCount;
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

	private void requireNode(int node) {
		if (node < 0 || node >= nodeCount) {
			throw new IllegalArgumentException("Node " + node + " is not in 0.." + (nodeCount - 1));
		}
	}

}
