package org.refinery.forecast.forecast;

import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.simulation.MonteCarlo;
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
 * the forecast is judged against the sample itself. It needs no stored forecast, so calibration
 * has a value from the first day; it costs at most periods × teams × trials × (items + 1), never
 * more with more forecasts stored.
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
	public Backtest of(Map<String, List<ThroughputSample>> histories, LocalDate today) {
		List<BacktestPeriod> judged = new ArrayList<>();
		histories.forEach((team, samples) -> judged.addAll(ofTeam(team, samples, today)));
		return Backtest.of(periods, trials, judged);
	}

	private List<BacktestPeriod> ofTeam(String team, List<ThroughputSample> samples, LocalDate today) {
		List<ThroughputSample> complete = samples.stream().filter(s -> s.periodEnd().isBefore(today)).toList();
		return complete.subList(Math.max(0, complete.size() - periods), complete.size()).stream()
			.map(period -> judge(team, known(complete, period), period))
			.filter(Objects::nonNull)
			.toList();
	}

	/** What had ended before the period started: all a forecast made then could have known. */
	private static List<Double> known(List<ThroughputSample> samples, ThroughputSample period) {
		return samples.stream()
			.filter(s -> s.periodEnd().isBefore(period.periodStart()))
			.map(s -> (double) s.items())
			.toList();
	}

	private BacktestPeriod judge(String team, List<Double> known, ThroughputSample period) {
		if (known.size() < MIN_HISTORY) {
			return null;
		}
		return BacktestPeriod.judged(team, period.periodStart(), period.periodEnd(), known.size(),
				forecast(team, known), period.items());
	}

	/** P50, P85, P95 of the items finished in one period: one more unit item than the history's best fits. */
	int[] forecast(String team, List<Double> known) {
		int items = Math.min(MAX_ITEMS, (int) Math.ceil(known.stream().mapToDouble(Double::doubleValue).max()
			.orElse(0)) + 1);
		List<SimItem> backlog = IntStream.range(0, items)
			.mapToObj(i -> new SimItem(new UUID(0, i), 0, 1, -1, false, List.of()))
			.toList();
		Scenario scenario = new Scenario(List.of(new SimTeam(team, known)), backlog, 1);
		PeriodOutcome next = MonteCarlo.run(scenario, trials, new SplittableRandom(SEED), Deadline.NONE)
			.periods().getFirst();
		return new int[] { next.likely50(), next.likely85(), next.likely95() };
	}

}
