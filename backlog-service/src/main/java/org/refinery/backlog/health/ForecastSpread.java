package org.refinery.backlog.health;

import java.util.ArrayList;
import java.util.List;

/**
 * How predictable the latest forecast of a product is: the median, over its items, of the P95
 * completion period divided by the P50 one. A spread of 1 means the pessimistic and the typical
 * outcome fall in the same period; items whose P95 lies beyond the horizon are the least
 * predictable of all and count with the horizon's end plus one.
 *
 * @param medianSpread the median P95/P50 of the forecast items
 * @param items how many items had a P50 within the horizon
 */
public record ForecastSpread(double medianSpread, int items) {

	/** The completion periods of one item; {@code p95} is {@code null} beyond the horizon. */
	public record Percentiles(Integer p50, Integer p95) {
	}

	/** The spread of a forecast, or {@code null} when no item has a P50 within the horizon. */
	public static ForecastSpread of(List<Percentiles> items, int horizon) {
		List<Double> spreads = new ArrayList<>();
		for (Percentiles item : items) {
			if (item.p50() != null) {
				int p95 = item.p95() == null ? horizon + 1 : item.p95();
				spreads.add((double) p95 / item.p50());
			}
		}
		if (spreads.isEmpty()) {
			return null;
		}
		List<Double> sorted = spreads.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return new ForecastSpread(median, sorted.size());
	}

}
