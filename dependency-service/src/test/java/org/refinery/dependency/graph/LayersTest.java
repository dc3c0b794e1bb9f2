package org.refinery.dependency.graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LayersTest {

	@Provide
	Arbitrary<RandomGraphs> dags() {
		return RandomGraphs.dags();
	}

	@Provide
	Arbitrary<RandomGraphs> cyclic() {
		return RandomGraphs.withCycles();
	}

	@Property(tries = 300)
	void everyEdgeOfADagPointsToAHigherLayerAndTheOrderIsTopological(@ForAll("dags") RandomGraphs g) {
		Layers layers = Layers.of(g.digraph());

		assertThat(layers.complete()).isTrue();
		int[] position = new int[g.nodes()];
		for (int i = 0; i < layers.order().length; i++) {
			position[layers.order()[i]] = i;
		}
		for (int i = 0; i < g.from().length; i++) {
			assertThat(layers.layerOf(g.to()[i])).isGreaterThan(layers.layerOf(g.from()[i]));
			assertThat(position[g.to()[i]]).isGreaterThan(position[g.from()[i]]);
		}
	}

	@Property(tries = 300)
	void theLayersAreCompleteExactlyWhenJGraphTFindsNoCycle(@ForAll("cyclic") RandomGraphs g) {
		var oracle = new CycleDetector<>(g.oracle());

		assertThat(Layers.of(g.digraph()).complete()).isEqualTo(!oracle.detectCycles());
	}

	@Property(tries = 200)
	void nodesOnACycleGetNoLayer(@ForAll("cyclic") RandomGraphs g) {
		Set<Integer> onCycles = new CycleDetector<>(g.oracle()).findCycles();
		Layers layers = Layers.of(g.digraph());

		onCycles.forEach(node -> assertThat(layers.layerOf(node)).isEqualTo(-1));
	}

	@Test
	void aNodeWaitsForItsLatestPrerequisite() {
		// 0 -> 1 -> 2, and 0 -> 2: node 2 is in layer 2, not 1
		var layers = Layers.of(Digraph.of(3, new int[] { 0, 1, 0 }, new int[] { 1, 2, 2 }, 3));

		assertThat(layers.layerOf(2)).isEqualTo(2);
		assertThat(layers.layerCount()).isEqualTo(3);
	}

}
