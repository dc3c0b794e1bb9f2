package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingGraphTest {

	static final UUID A = UUID.randomUUID();

	static final UUID B = UUID.randomUUID();

	static final UUID C = UUID.randomUUID();

	static final UUID D = UUID.randomUUID();

	static Dependency needs(UUID dependent, UUID prerequisite) {
		return new Dependency(UUID.randomUUID(), UUID.randomUUID(), "PAY", new Dependency.End(dependent, null, null),
				new Dependency.End(prerequisite, null, null), DependencyType.BLOCKS, DependencyStatus.IDENTIFIED, null,
				null, null, Instant.now(), "tess", null, null, null, false, 1);
	}

	@Test
	void closingAChainIsACycleListedFromTheDependentThroughWhatItWouldNeed() {
		// B needs A, C needs B: A needing C closes A -> C -> B -> A
		var graph = new BlockingGraph(List.of(needs(B, A), needs(C, B)));

		assertThat(graph.cycleIfAdded(A, C)).contains(List.of(A, C, B, A));
	}

	@Test
	void theReverseOfAnExistingDependencyIsACycleOfTwo() {
		var graph = new BlockingGraph(List.of(needs(B, A)));

		assertThat(graph.cycleIfAdded(A, B)).contains(List.of(A, B, A));
	}

	@Test
	void dependenciesThatOnlyShareAPrerequisiteCloseNoCycle() {
		var graph = new BlockingGraph(List.of(needs(B, A), needs(C, A)));

		assertThat(graph.cycleIfAdded(C, B)).isEmpty();
		assertThat(graph.cycleIfAdded(D, A)).isEmpty();
		assertThat(graph.cycleIfAdded(C, D)).isEmpty();
	}

}
