package org.refinery.forecast.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The product's baseline re-run as of the start of each of its last completed periods, from the
 * history known then, and judged item by item: {@code percentiles} says, over all as-of dates, how
 * often an item's P50, P85 and P95 held (it was done by the end of that period), {@code asOf} the
 * same per date. A calibrated forecast holds about as often as each percentile's {@code expected}
 * says: more than 50, 85 and 95 % of the time, since periods are whole.
 */
public record ItemBacktest(int periods, int trials, List<AsOf> asOf, List<Calibration.PercentileHeld> percentiles) {

	public ItemBacktest {
		asOf = List.copyOf(asOf);
		percentiles = List.copyOf(percentiles);
	}

	/**
	 * One re-run: as of the first day of {@code period}, {@code open} items were not done yet;
	 * {@code skipped} says why no forecast could be made then ({@code null} when one was).
	 */
	public record AsOf(LocalDate date, String period, int open, List<Calibration.PercentileHeld> percentiles,
			String skipped) {

		public AsOf {
			percentiles = List.copyOf(percentiles);
		}

	}

}
