package org.refinery.dependency.graph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.Random;

/**
 * Random graphs for property tests, and their JGraphT twin as the oracle. DAGs only have edges
 * from a lower to a higher node of a random permutation; cyclic graphs get a few edges added
 * the other way. Edge cases are off: sizes at their bounds with extreme seeds would crowd out
 * the random graphs the oracle comparison is for.
 */
record RandomGraphs(int nodes, int[] from, int[] to) {

	static Arbitrary<RandomGraphs> dags() {
		return Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.integers().between(0, 150),
				Arbitraries.longs()).as((n, e, seed) -> generate(n, e, 0, seed)).withoutEdgeCases();
	}

	static Arbitrary<RandomGraphs> withCycles() {
		return Combinators.combine(Arbitraries.integers().between(2, 60), Arbitraries.integers().between(0, 150),
				Arbitraries.integers().between(1, 5), Arbitraries.longs()).as(RandomGraphs::generate).withoutEdgeCases();
	}

	/** {@code edges} forward edges of a random order, then {@code backEdges} edges against it. */
	static RandomGraphs generate(int nodes, int edges, int backEdges, long seed) {
		Random random = new Random(seed);
		int[] order = permutation(nodes, random);
		int total = nodes > 1 ? edges + backEdges : 0;
		int[] from = new int[total];
		int[] to = new int[total];
		for (int i = 0; i < total; i++) {
			int a = random.nextInt(nodes - 1);
			int b = a + 1 + random.nextInt(nodes - a - 1);
			boolean back = i >= edges;
			from[i] = order[back ? b : a];
			to[i] = order[back ? a : b];
		}
		return new RandomGraphs(nodes, from, to);
	}

	static int[] permutation(int n, Random random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	Digraph digraph() {
		return Digraph.of(nodes, from, to, from.length);
	}

	/** The same graph in JGraphT; parallel edges collapse, which no algorithm here cares about. */
	Graph<Integer, DefaultEdge> oracle() {
		Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
		for (int v = 0; v < nodes; v++) {
			graph.addVertex(v);
		}
		for (int i = 0; i < from.length; i++) {
			graph.addEdge(from[i], to[i]);
		}
		return graph;
	}

	long[] weights(long seed) {
		Random random = new Random(seed);
		long[] weights = new long[nodes];
		for (int v = 0; v < nodes; v++) {
			weights[v] = random.nextInt(4) == 0 ? 0 : random.nextInt(130);
		}
		return weights;
	}

}
