package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well past forecasts held: of the items whose P85 period has ended (each judged on the
 * latest forecast that named a P85 at least one period ahead), the share done by that period's
 * end. A calibrated forecast holds about 85 % of the time: far less means it is overconfident,
 * far more that its ranges are wider than they need to be. Removed items are not judged.
 * <p>
 * Judging stored forecasts needs forecasts old enough to be due, so {@code backtest} adds one
 * that needs none: the teams' throughput forecasts re-run as of their last periods ({@link Backtest});
 * {@code null} where only the stored forecasts were judged (after a forecast is stored).
 * {@code percentiles} judges the stored baselines' P50, P85 and P95 alike (P85's figures equal
 * {@code evaluated}/{@code heldByP85}/{@code share}), from the compact facts each baseline left.
 * {@code itemBacktest} judges items rather than team throughput: the baseline re-run as of the
 * product's last periods ({@link ItemBacktesting}); {@code null} where it was not run.
 */
public record Calibration(String notice, String productKey, int evaluated, int heldByP85, Double share,
		double target, String method, Backtest backtest, List<PercentileHeld> percentiles, ItemBacktest itemBacktest) {

	/**
	 * How often one percentile held: of the items whose P50 (P85, P95) period has ended, the share
	 * done by its last day. {@code target} is the percentile itself; {@code expected}, where the
	 * forecasts are at hand (the item backtest, not the stored baselines' compact facts), is what
	 * they gave themselves: their mean probability that each judged item is done by the end of that
	 * period. Periods are whole, so an item's P50 period is the first by which at least half the
	 * trials finished it, and a calibrated forecast holds its P50 about {@code expected} of the time,
	 * often 0.7 rather than 0.5.
	 */
	public record PercentileHeld(int percentile, int evaluated, int held, Double share, double target,
			Double expected) {

		public static PercentileHeld of(int percentile, List<P85Due> dues, Map<java.util.UUID, BacklogItem> items) {
			List<Boolean> judged = dues.stream().map(due -> Calibration.held(due, items.get(due.itemId()))).filter(Objects::nonNull)
				.toList();
			int hits = (int) judged.stream().filter(Boolean::booleanValue).count();
			return new PercentileHeld(percentile, judged.size(), hits,
					judged.isEmpty() ? null : (double) hits / judged.size(), percentile / 100.0, null);
		}

	}

	public Calibration {
		percentiles = percentiles == null ? List.of() : List.copyOf(percentiles);
	}

	public static final double TARGET = 0.85;

	public static final String NOTICE = "How often past forecasts' P85 held: a check of the forecasts, "
			+ "not of the teams.";

	public static final String METHOD = "Stored forecasts: each item is judged on the latest forecast made within "
			+ "the retention whose P85 period has ended; it held when the item was done by that period's last day. "
			+ "Backtest: for each team's last completed periods, the Monte Carlo engine forecasts how many items "
			+ "the team finishes in one period from only the periods that had ended before it started (at least "
			+ Backtesting.MIN_HISTORY + "); a team sampled per day is judged per Sprint or Release, its days summed. "
			+ "P50, P85 and P95 are the counts reached in 50, 85 and 95 % of the "
			+ "simulated periods, and a figure held when the team actually finished at least that many. "
			+ "Counts are whole, so a forecast gives itself a higher chance than 50, 85 and 95 % of reaching them: "
			+ "the backtest's expected shares are those chances, averaged over the judged periods. "
			+ "A calibrated forecast holds about as often as it expected. Percentiles: the stored baselines' "
			+ "P50, P85 and P95 judged alike, each item on the latest baseline whose period of that percentile has ended. "
			+ "Item backtest: the baseline re-run as of the first day of each of the product's last completed periods, "
			+ "on today's backlog with the items done since reopened and only the history that had ended by then; "
			+ "an item open then held a percentile when it was done by the end of that period, and missed when done "
			+ "later or still open after it. Periods are whole, so a percentile's period is the first by which at "
			+ "least that share of the trials finished the item, and the forecast itself gives a higher chance of "
			+ "being done by then: the re-run's expected shares are those chances, averaged over the judged items, "
			+ "and a calibrated forecast holds about as often as expected.";

	public static Calibration of(String productKey, List<P85Due> dues, Map<java.util.UUID, BacklogItem> items) {
		List<Boolean> held = dues.stream()
			.map(due -> held(due, items.get(due.itemId())))
			.filter(Objects::nonNull)
			.toList();
		int evaluated = held.size();
		int hits = (int) held.stream().filter(Boolean::booleanValue).count();
		return new Calibration(NOTICE, productKey, evaluated, hits, evaluated == 0 ? null : (double) hits / evaluated,
				TARGET, METHOD, null, List.of(), null);
	}

	public Calibration with(Backtest backtest) {
		return new Calibration(notice, productKey, evaluated, heldByP85, share, target, method, backtest, percentiles,
				itemBacktest);
	}

	/** With the baseline re-run item by item as of the last periods. */
	public Calibration with(ItemBacktest items) {
		return new Calibration(notice, productKey, evaluated, heldByP85, share, target, method, backtest, percentiles,
				items);
	}

	/** With P50, P85 and P95 judged alike, in that order. */
	public Calibration with(List<PercentileHeld> judged) {
		return new Calibration(notice, productKey, evaluated, heldByP85, share, target, method, backtest, judged,
				itemBacktest);
	}

	/** Whether the item was done by its P85 period's end; null when it cannot be judged. */
	static Boolean held(P85Due due, BacklogItem item) {
		if (item == null || item.status() == ItemStatus.REMOVED) {
			return null;
		}
		return item.status() == ItemStatus.DONE && item.completedAt() != null
				&& !LocalDate.ofInstant(item.completedAt(), ZoneOffset.UTC).isAfter(due.due());
	}

}
