package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.Period;
import org.refinery.forecast.forecast.BacktestPeriod.Figures;
import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.simulation.PeriodOutcome;
import org.refinery.forecast.simulation.Scenario;
import org.refinery.forecast.simulation.SimItem;
import org.refinery.forecast.simulation.SimTeam;
import org.refinery.forecast.throughput.ThroughputSample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Backtesting: for each team's last {@code periods} completed periods, the engine forecasts how
 * many items the team finishes in one period from the samples that ended before it started, and
 * the forecast is judged against what the team finished in it. The periods judged are the
 * product's Sprints or Releases when the team's samples are shorter (a Kanban team's days are
 * summed per period and forecast with as many draws as the baseline makes), otherwise the
 * samples themselves: judging a single day would compare 0 with 0 and call it held. It needs no
 * stored forecast, so calibration has a value from the first day; it costs at most periods ×
 * teams × trials × (items + 1), never more with more forecasts stored.
 */
public final class Backtesting {

	/** Fewer known periods than this make no forecast worth judging. */
	static final int MIN_HISTORY = 3;

	/** Counts above this are not told apart: it bounds the items one simulated period can finish. */
	static final int MAX_ITEMS = 200;

	private static final long SEED = 7;

	private final int periods;

	private final int trials;

	public Backtesting(int periods, int trials) {
		this.periods = periods;
		this.trials = trials;
	}

	/** The teams' samples, oldest first; only periods over before {@code today} are judged. */
	public Backtest of(KnownProduct product, Map<String, List<ThroughputSample>> histories, LocalDate today) {
		List<BacktestPeriod> judged = new ArrayList<>();
		histories.forEach((team, samples) -> judged.addAll(ofTeam(product, team, samples, today)));
		return Backtest.of(periods, trials, judged);
	}

	private List<BacktestPeriod> ofTeam(KnownProduct product, String team, List<ThroughputSample> samples,
			LocalDate today) {
		List<ThroughputSample> complete = samples.stream().filter(s -> s.periodEnd().isBefore(today)).toList();
		double draws = TeamHistory.drawsPerPeriod(product, product.defaultWorkMode(), complete);
		List<Period> judged = draws > 1 ? productPeriods(product, complete, today) : complete.stream()
			.map(s -> new Period(s.periodStart(), s.periodEnd()))
			.toList();
		return judged.subList(Math.max(0, judged.size() - periods), judged.size()).stream()
			.map(period -> judge(team, known(complete, period), Math.max(1, draws), period, complete))
			.filter(Objects::nonNull)
			.toList();
	}

	/** The product's periods over before today from the first that starts with the team's samples. */
	private static List<Period> productPeriods(KnownProduct product, List<ThroughputSample> complete,
			LocalDate today) {
		if (complete.isEmpty()) {
			return List.of();
		}
		LocalDate first = complete.getFirst().periodStart();
		long from = product.indexOf(first) + (product.periodOf(first).start().equals(first) ? 0 : 1);
		List<Period> periods = new ArrayList<>();
		for (long index = from; product.period(index).end().isBefore(today); index++) {
			periods.add(product.period(index));
		}
		return periods;
	}

	/** What had ended before the period started: all a forecast made then could have known. */
	private static List<Double> known(List<ThroughputSample> samples, Period period) {
		return samples.stream()
			.filter(s -> s.periodEnd().isBefore(period.start()))
			.map(s -> (double) s.items())
			.toList();
	}

	private BacktestPeriod judge(String team, List<Double> known, double draws, Period period,
			List<ThroughputSample> samples) {
		if (known.size() < MIN_HISTORY * draws) {
			return null;
		}
		int actual = samples.stream()
			.filter(s -> !s.periodStart().isBefore(period.start()) && !s.periodStart().isAfter(period.end()))
			.mapToInt(ThroughputSample::items)
			.sum();
		return BacktestPeriod.judged(team, period.start(), period.end(), known.size(), forecast(team, known, draws),
				actual);
	}

	/**
	 * P50, P85, P95 of the items finished in one period (one more unit item than the history's
	 * best fits), and the simulated chance of each: in rank order, "at least k items" is the k-th
	 * item being done by the period's end.
	 */
	Figures forecast(String team, List<Double> known, double draws) {
		double best = known.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		int items = (int) Math.min(MAX_ITEMS, Math.ceil(best * Math.ceil(draws)) + 1);
		List<SimItem> backlog = IntStream.range(0, items)
			.mapToObj(i -> new SimItem(new UUID(0, i), 0, 1, -1, false, List.of()))
			.toList();
		Scenario scenario = new Scenario(List.of(new SimTeam(team, known, List.of(), draws)), backlog, 1);
		Outcome outcome = MonteCarlo.run(scenario, trials, new SplittableRandom(SEED), Deadline.NONE);
		PeriodOutcome next = outcome.periods().getFirst();
		return new Figures(next.likely50(), next.likely85(), next.likely95(), chanceOfAtLeast(outcome, next.likely50()),
				chanceOfAtLeast(outcome, next.likely85()), chanceOfAtLeast(outcome, next.likely95()));
	}

	private static double chanceOfAtLeast(Outcome outcome, int count) {
		return count == 0 ? 1 : outcome.items().get(count - 1).probabilityByPeriod().getFirst();
	}

}
