package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.simulation.Deadline;
import org.refinery.forecast.simulation.ItemOutcome;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.NoHistory;
import org.refinery.forecast.simulation.OutOfTime;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.simulation.Scenario;
import org.refinery.forecast.throughput.ThroughputSample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Item-level backtesting: the baseline re-run as of the first day of each of the product's last
 * {@code periods} completed periods, and each item open then judged on when it was done. The
 * backlog as of that day is today's (the service keeps no past ranks, teams, estimates or
 * dependencies) with the items done since reopened; the history is what had ended before that
 * day, as the baseline reads it; capacity adjustments, which concern today's future, are left out.
 * An item held a percentile when it was done by the end of that period; it missed when it was
 * done later, or is still open once that period is over; one still open within its period is not
 * judged yet, nor is a removed one. A percentile beyond the horizon held when the item was done
 * within the horizon; done later or not yet, it cannot be told.
 */
public final class ItemBacktesting {

	private static final int[] PERCENTILES = { 50, 85, 95 };

	private final int periods;

	private final int trials;

	public ItemBacktesting(int periods, int trials) {
		this.periods = periods;
		this.trials = trials;
	}

	/** What the baseline reads: the product, its teams, its items in rank order, dependencies and each team's samples. */
	public record Backlog(KnownProduct product, List<KnownTeam> teams, List<BacklogItem> items, List<Blocker> blockers,
			Function<String, List<ThroughputSample>> history, int defaultChildren) {
	}

	/**
	 * Runs one re-run's trials; may refuse it (over the budget, out of time), which skips that date
	 * and says why. The service runs them as it runs forecasts: budgeted, on its engine's threads, by a deadline.
	 */
	@FunctionalInterface
	public interface Engine {

		Outcome run(Scenario scenario, int trials, long seed);

		/** The engine on the calling thread, with no budget nor deadline. */
		Engine DIRECT = (scenario, trials, seed) -> MonteCarlo.run(scenario, trials, new SplittableRandom(seed),
				Deadline.NONE);

	}

	/**
	 * Re-runs {@code baseline} (its mode, horizon, history window, seed and split rate, with this
	 * backtest's trials) as of each date on the {@code engine}.
	 */
	public ItemBacktest of(Backlog backlog, ForecastRequest baseline, LocalDate today, Engine engine) {
		ForecastRequest request = new ForecastRequest(trials, baseline.horizon(), baseline.mode(), baseline.seed(),
				List.of(), baseline.historyWindow(), baseline.splitRate());
		long current = backlog.product().indexOf(today);
		List<ItemBacktest.AsOf> asOf = new ArrayList<>();
		List<Judged> all = new ArrayList<>();
		for (long index = current - periods; index < current; index++) {
			List<Judged> judged = new ArrayList<>();
			asOf.add(asOf(backlog, request, index, today, engine, judged));
			all.addAll(judged);
		}
		return new ItemBacktest(periods, trials, asOf, held(all));
	}

	private ItemBacktest.AsOf asOf(Backlog backlog, ForecastRequest request, long index, LocalDate today,
			Engine engine, List<Judged> judged) {
		KnownProduct product = backlog.product();
		LocalDate date = product.period(index).start();
		List<BacklogItem> then = backlog.items().stream().map(item -> asOf(item, date)).toList();
		int open = (int) then.stream().filter(item -> item.status() != ItemStatus.DONE).count();
		String label = ForecastReport.label(product, index);
		try {
			ForecastInputs inputs = ForecastInputs.of(product, backlog.teams(), then, backlog.blockers(),
					backlog.history(), request, date, backlog.defaultChildren());
			Outcome outcome = engine.run(inputs.scenario(), request.trials(), request.seed());
			for (int i = 0; i < then.size(); i++) {
				judge(product, index, request.horizon(), backlog.items().get(i), then.get(i), outcome.items().get(i),
						today, judged);
			}
			return new ItemBacktest.AsOf(date, label, open, held(judged), null);
		}
		catch (NoHistory | NoPointHistory | InvalidForecastRequest | OverBudget | OutOfTime ex) {
			return new ItemBacktest.AsOf(date, label, open, held(List.of()), ex.getMessage());
		}
	}

	/** The item as it stood on the day: one done on that day or later was still open. */
	static BacklogItem asOf(BacklogItem item, LocalDate date) {
		if (item.status() != ItemStatus.DONE || item.completedAt() == null || item.completedOn().isBefore(date)) {
			return item;
		}
		return new BacklogItem(item.id(), item.productId(), item.productKey(), item.key(), item.teamKey(),
				ItemStatus.IN_PROGRESS, item.estimate(), item.rank(), item.parentId(), null, item.version(), item.type());
	}

	/** One verdict per percentile the item can be judged on; an item done before the day is not judged. */
	private static void judge(KnownProduct product, long first, int horizon, BacklogItem now, BacklogItem then,
			ItemOutcome outcome, LocalDate today, List<Judged> judged) {
		if (then.status() == ItemStatus.DONE || now.status() == ItemStatus.REMOVED) {
			return;
		}
		LocalDate done = now.status() == ItemStatus.DONE && now.completedAt() != null ? now.completedOn() : null;
		Integer[] periods = { outcome.p50(), outcome.p85(), outcome.p95() };
		LocalDate horizonEnd = product.period(first + horizon - 1).end();
		List<Double> chances = outcome.probabilityByPeriod();
		for (int p = 0; p < PERCENTILES.length; p++) {
			if (periods[p] == null) {
				if (done != null && !done.isAfter(horizonEnd)) {
					judged.add(new Judged(PERCENTILES[p], true, chances.isEmpty() ? null : chances.getLast()));
				}
				continue;
			}
			int period = Math.max(1, periods[p]);
			LocalDate due = product.period(first + period - 1).end();
			if (done != null || due.isBefore(today)) {
				judged.add(new Judged(PERCENTILES[p], done != null && !done.isAfter(due),
						period <= chances.size() ? chances.get(period - 1) : null));
			}
		}
	}

	private static List<Calibration.PercentileHeld> held(List<Judged> judged) {
		List<Calibration.PercentileHeld> held = new ArrayList<>();
		for (int percentile : PERCENTILES) {
			List<Judged> of = judged.stream().filter(j -> j.percentile() == percentile).toList();
			int hits = (int) of.stream().filter(Judged::held).count();
			OptionalDouble expected = of.stream().map(Judged::chance).filter(Objects::nonNull)
				.mapToDouble(Double::doubleValue).average();
			held.add(new Calibration.PercentileHeld(percentile, of.size(), hits,
					of.isEmpty() ? null : (double) hits / of.size(), percentile / 100.0,
					expected.isPresent() ? expected.getAsDouble() : null));
		}
		return held;
	}

	/** One verdict, and the forecast's own probability that the item was done by then ({@code null}: not known). */
	private record Judged(int percentile, boolean held, Double chance) {
	}

}
