package org.refinery.forecast.simulation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.refinery.forecast.simulation.MonteCarloTest.leaf;
import static org.refinery.forecast.simulation.MonteCarloTest.leaves;

/**
 * Draws per period that are no whole number, and the running period's remaining part, against
 * their exact expectation. Monte Carlo tolerance: five standard errors of the mean, computed
 * from the exact variance of a period's throughput (d σ² + f (1 − f) μ² for d draws per period
 * with fraction f, history mean μ and variance σ²), so a correct engine fails a try about once in
 * 1.7 million, and the rounding it replaces (0.7 draws → 1, 1.4 → 1) fails by dozens of them.
 */
class DrawsTest {

	private static final int TRIALS = 2_000;

	private static final int HORIZON = 10;

	private static final double STANDARD_ERRORS = 5;

	@Property(tries = 10)
	void twentyDaySamplesOnAFourteenDaySprintGiveSevenTenthsOfASampleEachSprint(@ForAll long seed) {
		assertThroughputPerPeriod(List.of(10.0), 14.0 / 20, seed);
	}

	@Property(tries = 10)
	void twentyDaySamplesOnATwentyEightDayReleaseGiveOnePointFourSamplesEachRelease(@ForAll long seed) {
		assertThroughputPerPeriod(List.of(10.0), 28.0 / 20, seed);
	}

	@Property(tries = 40)
	void anyHistoryWithAnyDrawsPerPeriodGivesTheExpectedThroughputPerPeriod(@ForAll("histories") List<Double> history,
			@ForAll @DoubleRange(min = 0.05, max = 4) double draws, @ForAll long seed) {
		assertThroughputPerPeriod(history, draws, seed);
	}

	@Property(tries = 10)
	void theRunningSprintDrawsOnlyTheShareOfItsSampleStillToCome(@ForAll long seed) {
		double share = 4.0 / 14;
		Scenario scenario = new Scenario(List.of(new SimTeam("A", List.of(10.0))), leaves(0, 200), 3,
				ScopeGrowth.NONE, share);

		Outcome outcome = MonteCarlo.run(scenario, TRIALS, new SplittableRandom(seed));

		double tolerance = STANDARD_ERRORS * Math.sqrt(100 * share * (1 - share) / TRIALS);
		assertThat(outcome.periods().getFirst().mean()).isCloseTo(10 * share, within(tolerance));
		assertThat(outcome.periods().get(1).mean()).isCloseTo(10 * share + 10, within(tolerance));
	}

	@Test
	void aReleaseHalfOverGetsHalfItsSamplesAndTheTeamsThroughputLeavesItOut() {
		Scenario scenario = new Scenario(List.of(new SimTeam("A", List.of(10.0), List.of(), 2)), leaves(0, 50), 3,
				ScopeGrowth.NONE, 0.5);

		Outcome outcome = MonteCarlo.run(scenario, 100, new SplittableRandom(1));

		assertThat(outcome.items().get(9).p95()).isEqualTo(1);
		assertThat(outcome.items().get(10).p50()).isEqualTo(2);
		assertThat(outcome.items().get(29).p95()).isEqualTo(2);
		assertThat(outcome.items().get(30).p50()).isEqualTo(3);
		assertThat(outcome.teams().getFirst().mean()).isEqualTo(20);
	}

	@Test
	void wholeDrawsPerPeriodDrawNoCoinSoTheyGiveTheSameForecastAsEver() {
		Scenario whole = new Scenario(List.of(new SimTeam("A", List.of(1.0, 2.0, 3.0), List.of(), 2)), leaves(0, 30), 5);
		Scenario intended = new Scenario(List.of(new SimTeam("A", List.of(1.0, 2.0, 3.0), List.of(), 2.0)),
				leaves(0, 30), 5, ScopeGrowth.NONE, 1);

		assertThat(MonteCarlo.run(whole, 500, new SplittableRandom(3)).items().get(20).probabilityByPeriod())
			.isEqualTo(MonteCarlo.run(intended, 500, new SplittableRandom(3)).items().get(20).probabilityByPeriod());
	}

	@Provide
	Arbitrary<List<Double>> histories() {
		return Arbitraries.integers().between(0, 20).map(Integer::doubleValue).list().ofMinSize(1).ofMaxSize(8);
	}

	private static void assertThroughputPerPeriod(List<Double> history, double draws, long seed) {
		Scenario scenario = new Scenario(List.of(new SimTeam("A", history, List.of(), draws)), List.of(leaf(0)),
				HORIZON);

		Outcome outcome = MonteCarlo.run(scenario, TRIALS, new SplittableRandom(seed));

		double mean = history.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double variance = history.stream().mapToDouble(h -> (h - mean) * (h - mean)).average().orElseThrow();
		double fraction = draws - Math.floor(draws);
		double perPeriod = draws * variance + fraction * (1 - fraction) * mean * mean;
		double tolerance = STANDARD_ERRORS * Math.sqrt(perPeriod / ((double) TRIALS * HORIZON)) + 1e-9;
		assertThat(outcome.teams().getFirst().mean()).isCloseTo(draws * mean, within(tolerance));
	}

}
