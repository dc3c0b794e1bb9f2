package org.refinery.forecast.simulation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {

	@Test
	void oneTeamWithConstantThroughputFinishesItsItemsInExactPeriods() {
		Scenario scenario = new Scenario(List.of(team("A", 2)), leaves(0, 5), 4);

		Outcome outcome = MonteCarlo.run(scenario, 200, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(1, 1, 2, 2, 3);
		assertThat(outcome.items()).extracting(ItemOutcome::p95).containsExactly(1, 1, 2, 2, 3);
		assertThat(outcome.items().get(4).probabilityByPeriod()).containsExactly(0.0, 0.0, 1.0, 1.0);
		assertThat(outcome.periods()).extracting(PeriodOutcome::likely85).containsExactly(2, 4, 5, 5);
		assertThat(outcome.lowConfidenceTeams()).containsExactly("A");
	}

	@Test
	void anItemBeyondTheHorizonHasNoPercentileAndZeroProbability() {
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1)), leaves(0, 3), 2), 10,
				new SplittableRandom(1));

		assertThat(outcome.items().get(2).p50()).isNull();
		assertThat(outcome.items().get(2).probabilityByPeriod()).containsExactly(0.0, 0.0);
	}

	@Test
	void aBlockedItemWaitsAndItsTeamsCapacityFlowsToTheNextItem() {
		SimItem waiting = new SimItem(UUID.randomUUID(), 0, 1, -1, false, List.of(2));
		SimItem next = leaf(0);
		SimItem prerequisite = leaf(1);
		Scenario scenario = new Scenario(List.of(team("A", 1), team("B", 1)), List.of(waiting, next, prerequisite), 3);

		Outcome outcome = MonteCarlo.run(scenario, 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(2, 1, 1);
	}

	@Test
	void aBlockedItemNeverFinishesBeforeItsPrerequisiteWhateverTheDraws() {
		SimItem prerequisite = leaf(1);
		SimItem dependent = new SimItem(UUID.randomUUID(), 0, 1, -1, false, List.of(1));
		List<SimItem> items = List.of(leaf(0), prerequisite, dependent, leaf(1), leaf(0));
		Trial trial = new Trial(new Scenario(List.of(team("A", 0, 1, 2, 3), team("B", 0, 1, 1, 4)), items, 12));
		RandomGenerator random = new SplittableRandom(7);

		for (int i = 0; i < 2_000; i++) {
			int[] finish = trial.run(random);
			assertThat(finish[2] == Trial.NOT_FINISHED || finish[2] > finish[1]).isTrue();
			assertThat(finish[1] == Trial.NOT_FINISHED).isFalse();
		}
	}

	@Test
	void anEpicIsDoneWhenItsLastChildIs() {
		SimItem epic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of());
		List<SimItem> items = List.of(epic, child(0, 0), leaf(0), child(0, 0));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1)), items, 5), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(3, 1, 2, 3);
	}

	@Test
	void aChildOfABlockedEpicWaitsForTheEpicsPrerequisite() {
		SimItem epic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of(2));
		List<SimItem> items = List.of(epic, child(0, 0), new SimItem(UUID.randomUUID(), 1, 3, -1, false, null));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 5), team("B", 1)), items, 6), 10,
				new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(4, 4, 3);
	}

	@Test
	void pointsCarryOverSoALargeItemTakesSeveralPeriods() {
		SimItem large = new SimItem(UUID.randomUUID(), 0, 5, -1, false, null);
		SimItem small = new SimItem(UUID.randomUUID(), 0, 1, -1, false, null);
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 2)), List.of(large, small), 4), 10,
				new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(3, 3);
	}

	@Test
	void aZeroPointItemRightAfterOneThatUsedTheWholeVelocityFinishesWithIt() {
		List<SimItem> items = List.of(sized(3), sized(0), sized(0), sized(1));

		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 3)), items, 3), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p95).containsExactly(1, 1, 1, 2);
	}

	@Test
	void capacityZeroInTheFirstPeriodShiftsEverythingByOnePeriod() {
		SimTeam off = new SimTeam("A", List.of(2.0), List.of(0.0));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(off), leaves(0, 5), 5), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(2, 2, 3, 3, 4);
	}

	@Test
	void itemsAlreadyDoneAreDoneInPeriodZeroAndNotCountedAgain() {
		List<SimItem> items = List.of(new SimItem(UUID.randomUUID(), 0, 1, -1, true, null), leaf(0));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1)), items, 2), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(0, 1);
		assertThat(outcome.periods()).extracting(PeriodOutcome::likely95).containsExactly(1, 1);
	}

	@Test
	void theSameSeedGivesTheSameForecastAndOtherSeedsAgreeWithinTolerance() {
		Scenario scenario = new Scenario(List.of(team("A", 0, 1, 2, 3, 5), team("B", 1, 1, 2, 4, 0)),
				mixed(40), 20);

		Outcome first = MonteCarlo.run(scenario, 2_000, new SplittableRandom(42));

		assertThat(MonteCarlo.run(scenario, 2_000, new SplittableRandom(42))).isEqualTo(first);
		Outcome other = MonteCarlo.run(scenario, 2_000, new SplittableRandom(43));
		assertThat(other.periods().get(9).mean()).isCloseTo(first.periods().get(9).mean(), within(0.5));
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void inParallelTheSameSeedGivesTheSameForecastAsOnOneCoreWithTheSameChunks() {
		Scenario scenario = new Scenario(List.of(team("A", 0, 1, 2, 3, 5), team("B", 1, 1, 2, 4, 0)),
				mixed(40), 20);
		SplittableRandom seeded = new SplittableRandom(9);
		Tally sequential = new Tally(scenario);
		for (int chunk = 0; chunk < 5; chunk++) {
			Tally part = new Tally(scenario);
			Trial trial = new Trial(scenario);
			RandomGenerator random = seeded.split();
			for (int i = 0; i < MonteCarlo.CHUNK; i++) {
				trial.run(random);
				part.add(trial);
			}
			sequential.merge(part);
		}

		assertThat(MonteCarlo.run(scenario, 5 * MonteCarlo.CHUNK, new SplittableRandom(9)))
			.isEqualTo(sequential.outcome());
	}

	@Test
	void bernoulliThroughputMatchesTheNegativeBinomialWithinTheMonteCarloError() {
		int trials = 20_000;
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 0, 1)), leaves(0, 4), 12), trials,
				new SplittableRandom(3));

		double exactByPeriod8 = 163.0 / 256; // P(Bin(8, 1/2) >= 4)
		double standardError = Math.sqrt(exactByPeriod8 * (1 - exactByPeriod8) / trials);
		assertThat(outcome.items().get(3).probabilityByPeriod().get(7)).isCloseTo(exactByPeriod8,
				within(4 * standardError));
		assertThat(outcome.items().get(3).p85()).as("P(Bin(10) >= 4) = 0.83, P(Bin(11) >= 4) = 0.89").isEqualTo(11);
	}

	@Test
	void aTwoTeamChainMatchesTheHandComputedDistribution() {
		SimItem prerequisite = leaf(1);
		SimItem dependent = new SimItem(UUID.randomUUID(), 0, 1, -1, false, List.of(0));
		int trials = 20_000;
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1), team("B", 0, 1)),
				List.of(prerequisite, dependent), 6), trials, new SplittableRandom(5));

		for (int period = 1; period <= 6; period++) {
			double exact = 1 - Math.pow(0.5, period - 1); // B finishes by period - 1, A takes it the period after
			double standardError = Math.sqrt(Math.max(exact * (1 - exact), 1e-9) / trials);
			assertThat(outcome.items().get(1).probabilityByPeriod().get(period - 1)).as("period %d", period)
				.isCloseTo(exact, within(4 * standardError + 1e-9));
		}
	}

	@Test
	void itemsOfTeamsInterleavedInRankOrderAreReportedInTheirOwnOrder() {
		// A finishes 1 item per period, B 2: the engine groups them by team, the outcome must not.
		List<SimItem> items = List.of(leaf(0), leaf(1), leaf(0), leaf(1), leaf(1), leaf(0));
		Outcome outcome = MonteCarlo.run(new Scenario(List.of(team("A", 1), team("B", 2)), items, 4), 10,
				new SplittableRandom(1));

		assertThat(outcome.items()).extracting(ItemOutcome::id).containsExactlyElementsOf(
				items.stream().map(SimItem::id).toList());
		assertThat(outcome.items()).extracting(ItemOutcome::p50).containsExactly(1, 1, 2, 1, 2, 3);
	}

	@Test
	void eachItemsProbabilitiesAreTheShareOfTrialsThatFinishedItByThen() {
		// 150 trials: more than one block of trials folded into the tally, and a part-filled one.
		Scenario scenario = new Scenario(List.of(team("A", 0, 1, 2), team("B", 1, 3)), varied(), 6);
		int trials = 150;
		int[][] finishes = new int[trials][];
		Trial trial = new Trial(scenario);
		RandomGenerator replay = new SplittableRandom(12);
		for (int t = 0; t < trials; t++) {
			finishes[t] = trial.run(replay);
		}

		Outcome outcome = MonteCarlo.run(scenario, trials, (RandomGenerator) new SplittableRandom(12));

		for (int item = 0; item < scenario.items.size(); item++) {
			for (int period = 1; period <= 6; period++) {
				assertThat(outcome.items().get(item).probabilityByPeriod().get(period - 1))
					.as("item %d by period %d", item, period)
					.isEqualTo((double) finishedBy(finishes, item, period) / trials);
			}
		}
	}

	@Test
	void aHorizonBeyondTheMostPeriodsIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Scenario(List.of(team("A", 1)), leaves(0, 1), Scenario.MAX_HORIZON + 1));
	}

	@Test
	void aTeamWithWorkButNoHistoryCannotBeForecast() {
		assertThatExceptionOfType(NoHistory.class)
			.isThrownBy(() -> new Scenario(List.of(team("A", 1), team("B")), List.of(leaf(0), leaf(1)), 3))
			.satisfies(ex -> assertThat(ex.teams()).containsExactly("B"));
	}

	@Test
	void tooManyTrialsAreRefused() {
		Scenario scenario = new Scenario(List.of(team("A", 1)), leaves(0, 1), 1);

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> MonteCarlo.run(scenario, MonteCarlo.MAX_TRIALS + 1, new SplittableRandom(1)));
	}

	static SimTeam team(String key, double... history) {
		return new SimTeam(key, java.util.Arrays.stream(history).boxed().toList());
	}

	static SimItem sized(double size) {
		return new SimItem(UUID.randomUUID(), 0, size, -1, false, null);
	}

	static SimItem leaf(int team) {
		return new SimItem(UUID.randomUUID(), team, 1, -1, false, null);
	}

	static SimItem child(int team, int parent) {
		return new SimItem(UUID.randomUUID(), team, 1, parent, false, null);
	}

	static List<SimItem> leaves(int team, int count) {
		List<SimItem> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(leaf(team));
		}
		return items;
	}

	/**
	 * An epic of a done and two open children, one of them waiting on B; an epic whose children
	 * are all done; an unassigned item; a done item; and leaves of both teams.
	 */
	static List<SimItem> varied() {
		SimItem epic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of());
		SimItem doneEpic = new SimItem(UUID.randomUUID(), -1, 0, -1, false, List.of());
		return List.of(epic, new SimItem(UUID.randomUUID(), 0, 1, 0, true, null), child(0, 0),
				new SimItem(UUID.randomUUID(), 0, 2, 0, false, List.of(5)), leaf(1), leaf(1), doneEpic,
				new SimItem(UUID.randomUUID(), 1, 1, 6, true, null), leaf(-1), new SimItem(UUID.randomUUID(), 0, 1, -1,
						true, null), leaf(0), leaf(1));
	}

	private static long finishedBy(int[][] finishes, int item, int period) {
		return java.util.Arrays.stream(finishes)
			.filter(f -> f[item] != Trial.NOT_FINISHED && f[item] <= period)
			.count();
	}

	/** Items alternating between two teams, every third waiting for the one before it. */
	static List<SimItem> mixed(int count) {
		List<SimItem> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Integer> prerequisites = i % 3 == 2 ? List.of(i - 1) : List.of();
			items.add(new SimItem(UUID.nameUUIDFromBytes(("item" + i).getBytes()), i % 2, 1, -1, false, prerequisites));
		}
		return items;
	}

}
