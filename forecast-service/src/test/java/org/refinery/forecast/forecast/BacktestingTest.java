package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestingTest {

	static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

	/** Sprints of two weeks, the last of them running on the day after the last completed one. */
	static final LocalDate TODAY = FIRST.plusDays(14L * 9 + 3);

	@Test
	void aConstantThroughputIsForecastExactlyAndEveryFigureHolds() {
		Backtest backtest = new Backtesting(6, 2000).of(Map.of("T", sprints(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)), TODAY);

		assertThat(backtest.judged()).isEqualTo(6);
		assertThat(backtest.periods()).allSatisfy(period -> {
			assertThat(new int[] { period.p50(), period.p85(), period.p95(), period.actual() }).containsOnly(5);
			assertThat(period.heldP95()).isTrue();
		});
		assertThat(List.of(backtest.heldP50(), backtest.heldP85(), backtest.heldP95())).containsOnly(1.0);
	}

	@Test
	void theLastCompletedPeriodsAreJudgedEachOnlyOnWhatHadEndedBeforeIt() {
		// Ten Sprints, the tenth still running today: Sprints 4 to 9 are judged, on 3 to 8 known ones.
		Backtest backtest = new Backtesting(6, 500).of(Map.of("T", sprints(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)), TODAY);

		assertThat(backtest.periods()).extracting(BacktestPeriod::historySamples).containsExactly(3, 4, 5, 6, 7, 8);
		assertThat(backtest.periods().getLast().end()).isEqualTo(FIRST.plusDays(14L * 8 + 13));
	}

	@Test
	void aStepDownInThroughputMakesTheForecastsMiss() {
		// Eight Sprints of 6 items, then the team halves: the two judged Sprints after the step miss.
		Backtest backtest = new Backtesting(4, 2000).of(Map.of("T", sprints(6, 6, 6, 6, 6, 6, 6, 3, 3, 0)), TODAY);

		assertThat(backtest.periods()).extracting(BacktestPeriod::actual).containsExactly(6, 6, 3, 3);
		assertThat(backtest.periods()).extracting(BacktestPeriod::heldP85).containsExactly(true, true, false, false);
		assertThat(backtest.heldP85()).isEqualTo(0.5);
		assertThat(backtest.heldP50()).isEqualTo(0.5);
	}

	@Test
	void aVaryingThroughputGivesAFanWhoseHighFiguresAreLower() {
		int[] figures = new Backtesting(1, 2000).forecast("T", List.of(2.0, 4.0, 6.0, 8.0, 10.0, 3.0, 7.0, 5.0, 9.0));

		assertThat(figures[0]).isGreaterThanOrEqualTo(figures[1]);
		assertThat(figures[1]).isGreaterThanOrEqualTo(figures[2]);
		assertThat(figures[0]).isBetween(5, 7);
		assertThat(figures[2]).isBetween(2, 3);
	}

	@Test
	void tooLittleKnownHistoryJudgesNothing() {
		Backtest backtest = new Backtesting(6, 500).of(Map.of("T", sprints(5, 5, 5)), FIRST.plusDays(14L * 3));

		assertThat(backtest.judged()).isZero();
		assertThat(backtest.heldP85()).isNull();
	}

	private static List<ThroughputSample> sprints(int... items) {
		return IntStream.range(0, items.length)
			.mapToObj(i -> new ThroughputSample("T", "P", FIRST.plusDays(14L * i), FIRST.plusDays(14L * i + 13),
					items[i], BigDecimal.ZERO, SampleSource.IMPORTED))
			.toList();
	}

}
