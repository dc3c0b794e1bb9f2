package org.refinery.forecast.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.forecast.simulation.MonteCarloTest.child;
import static org.refinery.forecast.simulation.MonteCarloTest.leaf;
import static org.refinery.forecast.simulation.MonteCarloTest.team;

class ImpedimentsTest {

	@Test
	void anItemWithoutATeamNeverFinishesAndSaysSoAsDoItsDependentAndItsEpic() {
		SimItem epic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of());
		List<SimItem> items = List.of(epic, child(-1, 0), blockedBy(0, 1), leaf(0));

		assertThat(impediments(List.of(team("A", 1)), items)).containsExactly(Impediment.CHILD_NEVER_FINISHES,
				Impediment.NO_TEAM, Impediment.PREREQUISITE_NEVER_FINISHES, null);
	}

	@Test
	void itemsWaitingForEachOtherAndTheirDependentsAreBlockedByACycle() {
		List<SimItem> items = List.of(blockedBy(0, 1), blockedBy(0, 0), blockedBy(0, 1), leaf(0));

		assertThat(impediments(List.of(team("A", 1)), items)).containsExactly(Impediment.DEPENDENCY_CYCLE,
				Impediment.DEPENDENCY_CYCLE, Impediment.DEPENDENCY_CYCLE, null);
	}

	@Test
	void anEpicBlockedByItsOwnChildIsBlockedByACycleWithAllItsChildren() {
		SimItem epic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of(1));
		List<SimItem> items = List.of(epic, child(0, 0), child(0, 0), leaf(0));

		assertThat(impediments(List.of(team("A", 1)), items)).containsExactly(Impediment.DEPENDENCY_CYCLE,
				Impediment.DEPENDENCY_CYCLE, Impediment.DEPENDENCY_CYCLE, null);
	}

	@Test
	void aTeamWhoseHistoryNeverDeliveredAnythingHasNoThroughput() {
		List<SimItem> items = List.of(leaf(0), leaf(1));

		assertThat(impediments(List.of(team("A", 0, 0), team("B", 0, 1)), items))
			.containsExactly(Impediment.NO_THROUGHPUT, null);
	}

	@Test
	void doneItemsAndItemsWaitingForDoneOnesHaveNoImpediment() {
		SimItem done = new SimItem(UUID.randomUUID(), -1, 1, -1, true, null);
		List<SimItem> items = List.of(done, blockedBy(0, 0), new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of()),
				new SimItem(UUID.randomUUID(), 0, 1, 2, true, null));

		assertThat(impediments(List.of(team("A", 1)), items)).containsOnlyNulls();
	}

	@Test
	void theOutcomeNamesTheImpedimentOfEachItemThatNeverFinishes() {
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1)), List.of(leaf(-1), leaf(0)), 3), 10,
				new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::impediment).containsExactly(Impediment.NO_TEAM, null);
		assertThat(outcome.items().getFirst().p50()).isNull();
	}

	private static Impediment[] impediments(List<SimTeam> teams, List<SimItem> items) {
		return new Scenario(teams, items, 4).impediments;
	}

	private static SimItem blockedBy(int team, int prerequisite) {
		return new SimItem(UUID.randomUUID(), team, 1, -1, false, List.of(prerequisite));
	}

}
