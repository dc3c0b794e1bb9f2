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

	@Test
	void aGraphFollowingAdditionsAndRemovalsAnswersLikeOneBuiltAfresh() {
		var ab = needs(B, A);
		var bc = needs(C, B);
		var cd = needs(D, C);
		var followed = new BlockingGraph(List.of(ab, bc), 7);
		followed.add(cd);
		assertThat(followed.remove(bc)).isTrue();
		followed.advanceTo(9);

		var fresh = new BlockingGraph(List.of(ab, cd));
		for (UUID dependent : List.of(A, B, C, D)) {
			for (UUID prerequisite : List.of(A, B, C, D)) {
				assertThat(followed.cycleIfAdded(dependent, prerequisite))
					.isEqualTo(fresh.cycleIfAdded(dependent, prerequisite));
			}
		}
		assertThat(followed.cycleIfAdded(A, D)).isEmpty();
		assertThat(followed.cycleIfAdded(C, D)).contains(List.of(C, D, C));
		assertThat(followed.version()).isEqualTo(9);
		assertThat(followed.edgeCount()).isEqualTo(2);
	}

	@Test
	void removingAnEdgeTheGraphDoesNotHaveSaysSoSoTheOwnerRebuilds() {
		var graph = new BlockingGraph(List.of(needs(B, A)));

		assertThat(graph.remove(needs(C, B))).isFalse();
		assertThat(graph.remove(needs(A, B))).isFalse();
	}

}
