package org.refinery.forecast.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.refinery.forecast.simulation.MonteCarloTest.leaf;
import static org.refinery.forecast.simulation.MonteCarloTest.leaves;
import static org.refinery.forecast.simulation.MonteCarloTest.team;

/** What a forecast says beyond "when": predictability, team throughput ranges, dependency delays, scope growth. */
class ForecastMeasuresTest {

	@Test
	void constantThroughputIsPerfectlyPredictable() {
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 2)), leaves(0, 5), 4), 100,
				new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::predictability).containsOnly(1.0);
		assertThat(outcome.predictability()).isEqualTo(1.0);
	}

	@Test
	void predictabilityIsP95OverP50OfTheBinomialWaitingTime() {
		// Throughput 1 with probability 2/3: the third item is done by period n when Bin(n, 2/3) >= 3.
		// P(n=3) = 0.296, P(n=4) = 0.593, so P50 = 4; P(n=6) = 0.900, P(n=7) = 0.955, so P95 = 7.
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 0, 1, 1)), leaves(0, 3), 10), 40_000,
				new SplittableRandom(11));

		assertThat(outcome.items().get(2).p50()).isEqualTo(4);
		assertThat(outcome.items().get(2).p95()).isEqualTo(7);
		assertThat(outcome.items().get(2).predictability()).isEqualTo(7.0 / 4);
	}

	@Test
	void itemsDoneAlreadyOrBeyondTheHorizonHaveNoPredictability() {
		List<SimItem> items = List.of(new SimItem(UUID.randomUUID(), 0, 1, -1, true, null), leaf(0), leaf(0), leaf(0));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1)), items, 2), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::predictability).containsExactly(null, 1.0, 1.0, null);
		assertThat(outcome.predictability()).isEqualTo(1.0);
	}

	@Test
	void aTeamsLikelyThroughputRangeIsReadOffItsDraws() {
		// Draws 2 (20 %), 5 (60 %) or 9 (20 %): the 15th percentile is 2, the median 5, the 85th 9.
		int trials = 10_000;
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 2, 5, 5, 5, 9)), leaves(0, 50), 4), trials,
				new SplittableRandom(2));

		TeamOutcome range = outcome.teams().getFirst();
		assertThat(range).extracting(TeamOutcome::low, TeamOutcome::median, TeamOutcome::high).containsExactly(2, 5, 9);
		double standardError = Math.sqrt((0.2 * 3.2 * 3.2 + 0.6 * 0.2 * 0.2 + 0.2 * 3.8 * 3.8) / (4.0 * trials));
		assertThat(range.mean()).isCloseTo(5.2, within(4 * standardError));
	}

	@Test
	void aTeamsThroughputRangeIncludesItsCapacity() {
		SimTeam halfTime = new SimTeam("A", List.of(4.0), List.of(0.5, 0.5));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(halfTime), leaves(0, 10), 2), 10, new SplittableRandom(1));

		assertThat(outcome.teams().getFirst()).extracting(TeamOutcome::low, TeamOutcome::high).containsExactly(2, 2);
	}

	@Test
	void aDependencyDelaysItsDependentWithTheHandComputedProbability() {
		// A draws 1 or 2 and ranks a1 before the dependent; B draws 0 or 1 and ranks the prerequisite first.
		// A reaches the dependent with capacity left in period 1 (draw 2, p = 1/2): the prerequisite cannot
		// be done before period 1, so it waits; otherwise in period 2, and it waits unless B finished in
		// period 1 (p = 1/2). So P(delay) = 1/2 + 1/2 * 1/2 = 3/4.
		SimItem prerequisite = leaf(1);
		SimItem dependent = new SimItem(UUID.randomUUID(), 0, 1, -1, false, List.of(2));
		int trials = 20_000;
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1, 2), team("B", 0, 1)),
				List.of(leaf(0), dependent, prerequisite), 6), trials, new SplittableRandom(4));

		DependencyOutcome delay = outcome.dependencies().getFirst();
		assertThat(delay.dependentId()).isEqualTo(dependent.id());
		assertThat(delay.prerequisiteId()).isEqualTo(prerequisite.id());
		assertThat(delay.delayProbability()).isCloseTo(0.75, within(4 * Math.sqrt(0.75 * 0.25 / trials)));
	}

	@Test
	void aPrerequisiteDoneBeforeTheTeamGetsThereNeverDelays() {
		SimItem prerequisite = leaf(1);
		SimItem dependent = new SimItem(UUID.randomUUID(), 0, 1, -1, false, List.of(2));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1), team("B", 1)),
				List.of(leaf(0), dependent, prerequisite), 4), 1_000, new SplittableRandom(4));

		assertThat(outcome.dependencies()).singleElement()
			.extracting(DependencyOutcome::delayProbability).isEqualTo(0.0);
	}

	@Test
	void aFixedSplitRateMultipliesEveryOpenItemsSize() {
		Scenario scenario = new Scenario(List.of(team("A", 1)), leaves(0, 3), 6, new ScopeGrowth(1.5, 1.5));

		Outcome outcome = MonteCarlo.run(scenario, 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(2, 3, 5);
	}

	@Test
	void aSplitRateRangeGrowsAnItemUniformly() {
		// One item of size U(1, 3) at throughput 1 is done in period 2 or 3 with probability 1/2 each.
		int trials = 20_000;
		Scenario scenario = new Scenario(List.of(team("A", 1)), leaves(0, 1), 3, new ScopeGrowth(1, 3));

		Outcome outcome = MonteCarlo.run(scenario, trials, new SplittableRandom(8));

		List<Double> byPeriod = outcome.items().getFirst().probabilityByPeriod();
		assertThat(byPeriod.get(0)).isZero();
		assertThat(byPeriod.get(1)).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / trials)));
		assertThat(byPeriod.get(2)).isEqualTo(1.0);
	}

	@Test
	void withoutScopeGrowthTheSameSeedGivesTheSameForecastAsBefore() {
		Scenario plain = new Scenario(List.of(team("A", 0, 1, 2)), leaves(0, 10), 8);
		Scenario none = new Scenario(List.of(team("A", 0, 1, 2)), leaves(0, 10), 8, new ScopeGrowth(1, 1));

		assertThat(MonteCarlo.run(none, 500, new SplittableRandom(3)).periods())
			.isEqualTo(MonteCarlo.run(plain, 500, new SplittableRandom(3)).periods());
	}

	@Test
	void aSplitRateBelowOneOrUpsideDownIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScopeGrowth(0.5, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScopeGrowth(2, 1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScopeGrowth(1, 11));
	}

}
