package org.refinery.forecast.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CostTest {

	@Test
	void aTrialCostsEightStepsPerItemAndPerPeriodATurnPerTeamPlusEveryDraw() {
		Scenario scenario = new Scenario(List.of(team("A", 1), team("B", 1)), leaves(10), 6);

		Cost cost = scenario.cost(1_000);

		assertThat(cost.stepsPerTrial()).isEqualTo(8 * 10 + 6 * (2 + 2));
		assertThat(cost.steps()).isEqualTo(1_000L * (80 + 24));
	}

	@Test
	void dailySamplingOnLongReleasesCostsEveryDayOfEveryPeriod() {
		Scenario sprints = new Scenario(List.of(team("A", 1)), leaves(300), 104);
		Scenario days = new Scenario(List.of(team("A", 366)), leaves(300), 104);

		assertThat(days.cost(100_000).steps()).isEqualTo(100_000L * (8 * 300 + 104 * (1 + 366)));
		assertThat(days.cost(100_000).steps()).isGreaterThan(10 * sprints.cost(100_000).steps());
	}

	@Test
	void theTrialsWithinABudgetAreTheMostWhoseStepsFit() {
		Cost cost = new Scenario(List.of(team("A", 1)), leaves(10), 5).cost(1);

		assertThat(cost.trialsWithin(cost.stepsPerTrial() * 7 + 1)).isEqualTo(7);
		assertThat(cost.trialsWithin(cost.stepsPerTrial() - 1)).isZero();
	}

	@Test
	void theStoredProbabilitiesAreOnePerItemAndPeriod() {
		assertThat(new Scenario(List.of(team("A", 1)), leaves(250), 104).cost(10).storedProbabilities())
			.isEqualTo(250L * 104);
	}

	@Test
	void aDeadlineThatPassedStopsTheSimulationWithoutAnOutcome() {
		Scenario scenario = new Scenario(List.of(team("A", 1)), leaves(10), 5);

		assertThatExceptionOfType(OutOfTime.class)
			.isThrownBy(() -> MonteCarlo.run(scenario, 10_000, new SplittableRandom(7), () -> true))
			.satisfies(ex -> assertThat(ex.trialsRun()).isZero())
			.withMessageContaining("ran out of time after 0 of 10000 trials");
	}

	@Test
	void aDeadlineThatPassesMidwayStopsAtTheNextLookAtTheClock() {
		Scenario scenario = new Scenario(List.of(team("A", 1)), leaves(10), 5);
		int[] looks = { 0 };

		assertThatExceptionOfType(OutOfTime.class)
			.isThrownBy(() -> MonteCarlo.run(scenario, 10_000, new SplittableRandom(7), () -> ++looks[0] > 3))
			.satisfies(ex -> assertThat(ex.trialsRun()).isEqualTo(3 * 16));
	}

	@Test
	void onOneThreadWithADeadlineTheOutcomeIsTheSameAsOnAllCores() {
		Scenario scenario = new Scenario(List.of(team("A", 1), team("B", 3)), leaves(40), 12);

		Outcome sequential = MonteCarlo.run(scenario, 2_345, new SplittableRandom(11), Deadline.in(60_000_000_000L));
		Outcome parallel = MonteCarlo.run(scenario, 2_345, new SplittableRandom(11));

		assertThat(sequential).isEqualTo(parallel);
	}

	private static SimTeam team(String key, int drawsPerPeriod) {
		return new SimTeam(key, List.of(0.0, 1.0, 2.0, 3.0), List.of(), drawsPerPeriod);
	}

	private static List<SimItem> leaves(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> new SimItem(UUID.nameUUIDFromBytes(new byte[] { (byte) i }), 0, 1, -1,
					false, List.of()))
			.toList();
	}

}
