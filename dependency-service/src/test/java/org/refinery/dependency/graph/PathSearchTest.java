package org.refinery.dependency.graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathSearchTest {

	@Provide
	Arbitrary<RandomGraphs> graphs() {
		return RandomGraphs.withCycles();
	}

	@Property(tries = 300)
	void aPathIsFoundExactlyWhenJGraphTFindsOneAndItIsAShortestRealPath(@ForAll("graphs") RandomGraphs g,
			@ForAll @IntRange(max = 59) int start, @ForAll @IntRange(max = 59) int goal) {
		int s = start % g.nodes();
		int t = goal % g.nodes();
		var oracle = DijkstraShortestPath.findPathBetween(g.oracle(), s, t);

		var result = new PathSearch(g.digraph()).find(s, t, g.nodes());

		assertThat(result.outcome() == PathSearch.Outcome.FOUND).isEqualTo(oracle != null);
		if (oracle != null) {
			assertThat(result.path().length - 1).isEqualTo(oracle.getLength());
			assertThat(result.path()[0]).isEqualTo(s);
			assertThat(result.path()[result.path().length - 1]).isEqualTo(t);
		}
	}

	@Provide
	Arbitrary<RandomGraphs> dags() {
		return RandomGraphs.dags();
	}

	@Property(tries = 300)
	void aSearchBoundedByTheTopologicalOrderAnswersLikeAnUnboundedOne(@ForAll("dags") RandomGraphs g,
			@ForAll @IntRange(max = 59) int start, @ForAll @IntRange(max = 59) int goal) {
		int s = start % g.nodes();
		int t = goal % g.nodes();
		Digraph graph = g.digraph();

		var bounded = PathSearch.ordered(graph, Layers.of(graph)).find(s, t, g.nodes());
		var unbounded = new PathSearch(graph).find(s, t, g.nodes());

		assertThat(bounded.outcome()).isEqualTo(unbounded.outcome());
		assertThat(bounded.path().length).isEqualTo(unbounded.path().length);
	}

	@Test
	void anEdgeBackToTheStartOfAChainWouldCloseACycle() {
		var graph = Digraph.of(3, new int[] { 0, 1 }, new int[] { 1, 2 }, 2);
		var search = new PathSearch(graph);

		assertThat(search.cycleIfAdded(2, 0, 3).path()).containsExactly(0, 1, 2);
		assertThat(search.cycleIfAdded(0, 2, 3).outcome()).isEqualTo(PathSearch.Outcome.NOT_REACHABLE);
	}

	@Test
	void aSearchThatRunsOutOfBudgetIsUndecidedNotNegative() {
		int n = 1000;
		int[] from = new int[n - 1];
		int[] to = new int[n - 1];
		for (int i = 0; i < n - 1; i++) {
			from[i] = i;
			to[i] = i + 1;
		}

		var result = new PathSearch(Digraph.of(n, from, to, n - 1)).find(0, n - 1, 10);

		assertThat(result.outcome()).isEqualTo(PathSearch.Outcome.UNDECIDED);
	}

}
