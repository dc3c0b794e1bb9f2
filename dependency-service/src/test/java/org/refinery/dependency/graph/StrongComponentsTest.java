package org.refinery.dependency.graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StrongComponentsTest {

	@Provide
	Arbitrary<RandomGraphs> dags() {
		return RandomGraphs.dags();
	}

	@Provide
	Arbitrary<RandomGraphs> cyclic() {
		return RandomGraphs.withCycles();
	}

	@Property(tries = 300)
	void aDagHasNoCyclicComponentAndJGraphTAgrees(@ForAll("dags") RandomGraphs g) {
		assertThat(StrongComponents.of(g.digraph()).cyclic()).isEmpty();
		assertThat(new CycleDetector<>(g.oracle()).detectCycles()).isFalse();
	}

	@Property(tries = 300)
	void theCyclicComponentsAreThoseJGraphTFinds(@ForAll("cyclic") RandomGraphs g) {
		var ours = StrongComponents.of(g.digraph());
		var oracle = new KosarajuStrongConnectivityInspector<>(g.oracle()).stronglyConnectedSets()
			.stream()
			.filter(set -> set.size() > 1)
			.map(TreeSet::new)
			.map(Set::copyOf)
			.collect(Collectors.toSet());

		assertThat(ours.cyclic().stream().map(StrongComponentsTest::asSet).collect(Collectors.toSet())).isEqualTo(oracle);
		assertThat(ours.count()).isEqualTo(
				new KosarajuStrongConnectivityInspector<>(g.oracle()).stronglyConnectedSets().size());
	}

	@Property(tries = 300)
	void searchingOnlyWhereLayeringStoppedFindsTheSameComponents(@ForAll("cyclic") RandomGraphs g) {
		Digraph graph = g.digraph();
		var full = StrongComponents.of(graph);
		var pruned = StrongComponents.of(graph, Layers.of(graph));

		assertThat(pruned.count()).isEqualTo(full.count());
		assertThat(pruned.cyclic().stream().map(StrongComponentsTest::asSet).collect(Collectors.toSet()))
			.isEqualTo(full.cyclic().stream().map(StrongComponentsTest::asSet).collect(Collectors.toSet()));
		for (int a = 0; a < g.nodes(); a++) {
			for (int b = 0; b < g.nodes(); b++) {
				assertThat(pruned.componentOf(a) == pruned.componentOf(b))
					.isEqualTo(full.componentOf(a) == full.componentOf(b));
			}
		}
	}

	@Test
	void aSelfLoopIsACycleOfOne() {
		var graph = Digraph.of(2, new int[] { 1 }, new int[] { 1 }, 1);

		assertThat(StrongComponents.of(graph).cyclic()).extracting(Arrays::toString).containsExactly("[1]");
	}

	@Test
	void aChainOfAMillionNodesClosedIntoOneRingNeedsNoRecursion() {
		int n = 1_000_000;
		int[] from = new int[n];
		int[] to = new int[n];
		for (int i = 0; i < n; i++) {
			from[i] = i;
			to[i] = (i + 1) % n;
		}

		var components = StrongComponents.of(Digraph.of(n, from, to, n));

		assertThat(components.count()).isEqualTo(1);
		assertThat(components.cyclic()).singleElement().satisfies(ring -> assertThat(ring).hasSize(n));
	}

	private static Set<Integer> asSet(int[] nodes) {
		return Arrays.stream(nodes).boxed().collect(Collectors.toCollection(TreeSet::new));
	}


}
