package org.refinery.dependency.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DigraphTest {

	@Test
	void successorsAreGroupedBySourceNode() {
		var graph = Digraph.of(3, new int[] { 2, 0, 2 }, new int[] { 0, 1, 1 }, 3);

		assertThat(graph.edgeEnd(0) - graph.edgeStart(0)).isEqualTo(1);
		assertThat(graph.target(graph.edgeStart(0))).isEqualTo(1);
		assertThat(graph.edgeEnd(1) - graph.edgeStart(1)).isZero();
		assertThat(graph.edgeEnd(2) - graph.edgeStart(2)).isEqualTo(2);
		assertThat(graph.inDegrees()).containsExactly(1, 2, 0);
	}

	@Test
	void anEdgeToAnUnknownNodeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Digraph.of(2, new int[] { 0 }, new int[] { 2 }, 1))
			.withMessageContaining("Node 2");
	}

	@Test
	void aGraphCostsFourBytesPerEdgePlusFourPerNode() {
		var graph = Digraph.of(1000, new int[3000], new int[3000], 3000);

		assertThat(graph.footprintBytes()).isEqualTo(4L * 1001 + 4L * 3000);
	}

}
