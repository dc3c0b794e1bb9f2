package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BacktestingTest {

	static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

	/** Sprints of two weeks, the last of them running on the day after the last completed one. */
	static final LocalDate TODAY = FIRST.plusDays(14L * 9 + 3);

	static final KnownProduct PRODUCT = new KnownProduct(UUID.randomUUID(), "P", DeliveryMode.SCALED_SCRUM, 14, null,
			FIRST, 1);

	@Test
	void aConstantThroughputIsForecastExactlyAndEveryFigureHolds() {
		Backtest backtest = new Backtesting(6, 2000).of(PRODUCT, Map.of("T", sprints(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)), TODAY);

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
		Backtest backtest = new Backtesting(6, 500).of(PRODUCT, Map.of("T", sprints(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)), TODAY);

		assertThat(backtest.periods()).extracting(BacktestPeriod::historySamples).containsExactly(3, 4, 5, 6, 7, 8);
		assertThat(backtest.periods().getLast().end()).isEqualTo(FIRST.plusDays(14L * 8 + 13));
	}

	@Test
	void aStepDownInThroughputMakesTheForecastsMiss() {
		// Eight Sprints of 6 items, then the team halves: the two judged Sprints after the step miss.
		Backtest backtest = new Backtesting(4, 2000).of(PRODUCT, Map.of("T", sprints(6, 6, 6, 6, 6, 6, 6, 3, 3, 0)), TODAY);

		assertThat(backtest.periods()).extracting(BacktestPeriod::actual).containsExactly(6, 6, 3, 3);
		assertThat(backtest.periods()).extracting(BacktestPeriod::heldP85).containsExactly(true, true, false, false);
		assertThat(backtest.heldP85()).isEqualTo(0.5);
		assertThat(backtest.heldP50()).isEqualTo(0.5);
	}

	@Test
	void aVaryingThroughputGivesAFanWhoseHighFiguresAreLower() {
		var figures = new Backtesting(1, 2000).forecast("T", List.of(2.0, 4.0, 6.0, 8.0, 10.0, 3.0, 7.0, 5.0, 9.0), 1);

		assertThat(figures.p50()).isGreaterThanOrEqualTo(figures.p85());
		assertThat(figures.p85()).isGreaterThanOrEqualTo(figures.p95());
		assertThat(figures.p50()).isBetween(5, 7);
		assertThat(figures.p95()).isBetween(2, 3);
	}

	@Test
	void eachFigureCarriesTheForecastsOwnChanceOfReachingItWhichWholeCountsMakeHigherThanItsPercentile() {
		// One draw a Sprint from 1, 2 or 3 items: at least 2 in two Sprints of three (P50 = 2), at least 1 always.
		var figures = new Backtesting(1, 20_000).forecast("T", List.of(1.0, 2.0, 3.0), 1);

		assertThat(List.of(figures.p50(), figures.p85(), figures.p95())).containsExactly(2, 1, 1);
		assertThat(figures.chanceP50()).isCloseTo(2 / 3.0, within(0.02));
		assertThat(List.of(figures.chanceP85(), figures.chanceP95())).containsOnly(1.0);
	}

	@Test
	void theBacktestSaysWhatItsForecastsExpectedBesideHowOftenTheyHeld() {
		// One draw a Sprint: the chance of at least k items is the share of known Sprints with k or more.
		int[] items = { 1, 2, 3, 1, 2, 3, 1, 2, 3, 1 };
		Backtest backtest = new Backtesting(6, 20_000).of(PRODUCT, Map.of("T", sprints(items)), TODAY);

		assertThat(backtest.judged()).isEqualTo(6);
		assertThat(backtest.periods()).allSatisfy(period -> {
			int[] known = Arrays.copyOf(items, period.historySamples());
			assertThat(period.expectedP50()).isCloseTo(shareReaching(known, period.p50()), within(0.02));
			assertThat(period.expectedP85()).isCloseTo(shareReaching(known, period.p85()), within(0.02));
			assertThat(period.expectedP95()).isCloseTo(shareReaching(known, period.p95()), within(0.02));
			assertThat(period.expectedP50()).isGreaterThanOrEqualTo(0.5);
		});
		assertThat(backtest.expectedP50())
			.isCloseTo(backtest.periods().stream().mapToDouble(BacktestPeriod::expectedP50).average().orElseThrow(),
					within(1e-12));
		assertThat(backtest.expectedP85()).isGreaterThanOrEqualTo(0.85);
	}

	private static double shareReaching(int[] known, int count) {
		return (double) Arrays.stream(known).filter(items -> items >= count).count() / known.length;
	}

	@Test
	void tooLittleKnownHistoryJudgesNothing() {
		Backtest backtest = new Backtesting(6, 500).of(PRODUCT, Map.of("T", sprints(5, 5, 5)), FIRST.plusDays(14L * 3));

		assertThat(backtest.judged()).isZero();
		assertThat(backtest.heldP85()).isNull();
		assertThat(backtest.expectedP85()).isNull();
	}

	@Test
	void aKanbanTeamsDaysAreSummedPerSprintAndForecastWithASprintsDrawsSoNoDayIsJudgedOnItsOwn() {
		// One item every day from FIRST: each Sprint finishes 14, and a forecast of 14 draws says 14.
		Backtest backtest = new Backtesting(6, 1000).of(PRODUCT, Map.of("K", days(FIRST, 14 * 9, 1)), TODAY);

		assertThat(backtest.judged()).isEqualTo(6);
		assertThat(backtest.periods()).allSatisfy(period -> {
			assertThat(new int[] { period.p50(), period.p85(), period.p95(), period.actual() }).containsOnly(14);
			assertThat(PRODUCT.periodOf(period.start()).start()).isEqualTo(period.start());
			assertThat(period.end()).isEqualTo(period.start().plusDays(13));
		});
		assertThat(backtest.periods().getLast().end()).isEqualTo(FIRST.plusDays(14L * 9 - 1));
	}

	@Test
	void aKanbanTeamWhoseHistoryFallsShortOfItsUsualPaceMissesTheSprintsHighFigures() {
		// Three Sprints of two items a day, then one a day: the first Sprint at the new pace misses P85.
		List<ThroughputSample> days = new ArrayList<>(days(FIRST, 14 * 6, 2));
		days.addAll(days(FIRST.plusDays(14 * 6), 14 * 3, 1));
		Backtest backtest = new Backtesting(3, 1000).of(PRODUCT, Map.of("K", days), TODAY);

		assertThat(backtest.periods()).extracting(BacktestPeriod::actual).containsExactly(14, 14, 14);
		assertThat(backtest.periods().getFirst().p85()).isEqualTo(28);
		assertThat(backtest.periods().getFirst().heldP85()).isFalse();
	}

	@Test
	void aSprintInWhichTheTeamsDaysBeginIsNotJudgedForItsMissingDaysWouldCountAsNothingDone() {
		Backtest backtest = new Backtesting(20, 500).of(PRODUCT, Map.of("K", days(FIRST.plusDays(5), 14 * 9 - 5, 1)),
				TODAY);

		assertThat(backtest.periods()).isNotEmpty().allSatisfy(period -> assertThat(period.actual()).isEqualTo(14));
		assertThat(backtest.periods().getFirst().start()).isAfter(FIRST.plusDays(5));
	}

	/** {@code count} daily samples from {@code start}, each of {@code items}. */
	private static List<ThroughputSample> days(LocalDate start, int count, int items) {
		return IntStream.range(0, count)
			.mapToObj(i -> new ThroughputSample("K", "P", start.plusDays(i), start.plusDays(i), items, BigDecimal.ZERO,
					SampleSource.OBSERVED))
			.toList();
	}

	private static List<ThroughputSample> sprints(int... items) {
		return IntStream.range(0, items.length)
			.mapToObj(i -> new ThroughputSample("T", "P", FIRST.plusDays(14L * i), FIRST.plusDays(14L * i + 13),
					items[i], BigDecimal.ZERO, SampleSource.IMPORTED))
			.toList();
	}

}
