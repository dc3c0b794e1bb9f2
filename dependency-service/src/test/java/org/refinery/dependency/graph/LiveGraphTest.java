package org.refinery.dependency.graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveGraphTest {

	@Provide
	Arbitrary<RandomGraphs> cyclic() {
		return RandomGraphs.withCycles();
	}

	@Provide
	Arbitrary<RandomGraphs> dags() {
		return RandomGraphs.dags();
	}

	/** Edges of a DAG arrive in random order: the kept order stays topological and bounds searches correctly. */
	@Property(tries = 300)
	void aDagBuiltEdgeByEdgeKeepsATopologicalOrderAndFindsWhatJGraphTFinds(@ForAll("dags") RandomGraphs g) {
		LiveGraph live = new LiveGraph();
		Graph<Integer, DefaultEdge> oracle = new DirectedPseudograph<>(DefaultEdge.class);
		for (int v = 0; v < g.nodes(); v++) {
			live.addNode();
			oracle.addVertex(v);
		}
		for (int i = 0; i < g.from().length; i++) {
			live.addEdge(g.from()[i], g.to()[i]);
			oracle.addEdge(g.from()[i], g.to()[i]);
		}
		assertThat(live.ordered()).isTrue();
		for (DefaultEdge edge : oracle.edgeSet()) {
			assertThat(live.position(oracle.getEdgeSource(edge))).isLessThan(live.position(oracle.getEdgeTarget(edge)));
		}
		assertThat(java.util.stream.IntStream.range(0, g.nodes()).map(live::position).sorted().toArray())
			.isEqualTo(java.util.stream.IntStream.range(0, g.nodes()).toArray());
		assertSamePaths(g.nodes(), live, oracle);
	}

	/** Every edge added, then about a third removed again: reachability and shortest paths as JGraphT finds them. */
	@Property(tries = 200)
	void afterAddingAndRemovingEdgesEveryPathIsAShortestOneJGraphTFindsToo(@ForAll("cyclic") RandomGraphs g) {
		LiveGraph live = new LiveGraph();
		Graph<Integer, DefaultEdge> oracle = new DirectedPseudograph<>(DefaultEdge.class);
		for (int v = 0; v < g.nodes(); v++) {
			live.addNode();
			oracle.addVertex(v);
		}
		for (int i = 0; i < g.from().length; i++) {
			live.addEdge(g.from()[i], g.to()[i]);
		}
		Random random = new Random(g.from().length * 31L + g.nodes());
		for (int i = 0; i < g.from().length; i++) {
			if (random.nextInt(3) == 0) {
				assertThat(live.removeEdge(g.from()[i], g.to()[i])).isTrue();
			}
			else {
				oracle.addEdge(g.from()[i], g.to()[i]);
			}
		}
		assertThat(live.edgeCount()).isEqualTo(oracle.edgeSet().size());
		assertSamePaths(g.nodes(), live, oracle);
	}

	private static void assertSamePaths(int nodes, LiveGraph live, Graph<Integer, DefaultEdge> oracle) {
		for (int start = 0; start < nodes; start++) {
			var paths = new BFSShortestPath<>(oracle).getPaths(start);
			for (int goal = 0; goal < nodes; goal++) {
				int[] path = live.path(start, goal);
				var expected = paths.getPath(goal);
				if (expected == null) {
					assertThat(path).isNull();
				}
				else {
					assertThat(path).hasSize(expected.getLength() + 1).startsWith(start).endsWith(goal);
					for (int i = 1; i < path.length; i++) {
						assertThat(oracle.containsEdge(path[i - 1], path[i])).isTrue();
					}
				}
			}
		}
	}

	@Test
	void anEdgeAgainstTheOrderMovesOnlyTheNodesBetweenItsEndsAndACycleDropsTheOrder() {
		LiveGraph graph = new LiveGraph();
		for (int i = 0; i < 5; i++) {
			graph.addNode();
		}
		graph.addEdge(3, 1);
		graph.addEdge(1, 2);

		assertThat(graph.ordered()).isTrue();
		assertThat(graph.position(3)).isLessThan(graph.position(1));
		assertThat(graph.position(1)).isLessThan(graph.position(2));
		assertThat(graph.position(0)).isZero();
		assertThat(graph.position(4)).isEqualTo(4);
		assertThat(graph.path(2, 3)).isNull();

		graph.addEdge(2, 3);
		assertThat(graph.ordered()).isFalse();
		assertThat(graph.path(2, 1)).containsExactly(2, 3, 1);
	}

	@Test
	void parallelEdgesAreRemovedOneAtATimeAndAMissingEdgeIsReported() {
		LiveGraph graph = new LiveGraph();
		int a = graph.addNode();
		int b = graph.addNode();
		graph.addEdge(a, b);
		graph.addEdge(a, b);

		assertThat(graph.removeEdge(a, b)).isTrue();
		assertThat(graph.path(a, b)).containsExactly(a, b);
		assertThat(graph.removeEdge(a, b)).isTrue();
		assertThat(graph.path(a, b)).isNull();
		assertThat(graph.removeEdge(a, b)).isFalse();
		assertThat(graph.edgeCount()).isZero();
	}

	@Test
	void aNodeThatWasNeverAddedIsRefused() {
		LiveGraph graph = new LiveGraph();
		graph.addNode();

		assertThatThrownBy(() -> graph.addEdge(0, 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not in 0..0");
	}

}
