package org.refinery.dependency.graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriticalPathTest {

	@Provide
	Arbitrary<RandomGraphs> dags() {
		return RandomGraphs.dags();
	}

	@Property(tries = 300)
	void theLengthIsTheHeaviestPathJGraphTsTopologicalOrderYields(@ForAll("dags") RandomGraphs g,
			@ForAll long seed) {
		long[] weights = g.weights(seed);
		Digraph graph = g.digraph();

		CriticalPath path = CriticalPath.of(graph, weights, Layers.of(graph));

		assertThat(path.length()).isEqualTo(oracleLength(g.oracle(), weights));
		assertThat(sum(path.nodes(), weights)).isEqualTo(path.length());
		for (int i = 1; i < path.nodes().length; i++) {
			assertThat(g.oracle().containsEdge(path.nodes()[i - 1], path.nodes()[i])).isTrue();
		}
	}

	@Test
	void theHeavierBranchWins() {
		// 0 -> 1 -> 3 and 0 -> 2 -> 3; node 2 weighs more
		var graph = Digraph.of(4, new int[] { 0, 1, 0, 2 }, new int[] { 1, 3, 2, 3 }, 4);

		var path = CriticalPath.of(graph, new long[] { 10, 10, 50, 10 }, Layers.of(graph));

		assertThat(path.nodes()).containsExactly(0, 2, 3);
		assertThat(path.length()).isEqualTo(70);
	}

	@Test
	void anEmptyGraphHasAnEmptyPath() {
		var graph = Digraph.of(0, new int[0], new int[0], 0);

		assertThat(CriticalPath.of(graph, new long[0], Layers.of(graph)).nodes()).isEmpty();
	}

	/** Longest node-weighted path by dynamic programming over JGraphT's own topological order. */
	private static long oracleLength(Graph<Integer, DefaultEdge> graph, long[] weights) {
		long[] best = new long[weights.length];
		long max = 0;
		var order = new TopologicalOrderIterator<>(graph);
		while (order.hasNext()) {
			int node = order.next();
			long total = weights[node];
			for (DefaultEdge edge : graph.incomingEdgesOf(node)) {
				total = Math.max(total, best[graph.getEdgeSource(edge)] + weights[node]);
			}
			best[node] = total;
			max = Math.max(max, total);
		}
		return max;
	}

	private static long sum(int[] nodes, long[] weights) {
		long sum = 0;
		for (int node : nodes) {
			sum += weights[node];
		}
		return sum;
	}

}
