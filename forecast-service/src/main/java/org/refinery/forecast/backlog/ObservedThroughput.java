package org.refinery.forecast.backlog;

import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A team's observed throughput, computed from its done items: one sample per sampling period
 * from its first to its last completion, periods without completions included as zero.
 * Computed from the items rather than counted per event, so a repeated event counts once.
 */
public final class ObservedThroughput {

	private ObservedThroughput() {
	}

	public static List<ThroughputSample> of(KnownProduct product, String teamKey, WorkMode mode,
			List<BacklogItem> items) {
		TreeMap<Period, ThroughputSample> byPeriod = new TreeMap<>((a, b) -> a.start().compareTo(b.start()));
		for (BacklogItem item : items) {
			if (item.countsAsThroughput() && item.teamKey().equals(teamKey)) {
				Period period = product.samplingPeriodOf(mode, item.completedOn());
				byPeriod.merge(period, sample(product, teamKey, period, 1, points(item)), ObservedThroughput::sum);
			}
		}
		return withZeroPeriods(product, teamKey, mode, byPeriod);
	}

	private static List<ThroughputSample> withZeroPeriods(KnownProduct product, String teamKey, WorkMode mode,
			TreeMap<Period, ThroughputSample> byPeriod) {
		List<ThroughputSample> samples = new ArrayList<>();
		if (byPeriod.isEmpty()) {
			return samples;
		}
		Period last = byPeriod.lastKey();
		Period period = byPeriod.firstKey();
		while (!period.start().isAfter(last.start())) {
			samples.add(byPeriod.getOrDefault(period, sample(product, teamKey, period, 0, BigDecimal.ZERO)));
			period = product.samplingPeriodOf(mode, period.end().plusDays(1));
		}
		return samples;
	}

	private static BigDecimal points(BacklogItem item) {
		return item.estimate() == null ? BigDecimal.ZERO : item.estimate();
	}

	private static ThroughputSample sample(KnownProduct product, String teamKey, Period period, int items,
			BigDecimal points) {
		return new ThroughputSample(teamKey, product.key(), period.start(), period.end(), items, points,
				SampleSource.OBSERVED);
	}

	private static ThroughputSample sum(ThroughputSample a, ThroughputSample b) {
		return new ThroughputSample(a.teamKey(), a.productKey(), a.periodStart(), a.periodEnd(),
				a.items() + b.items(), a.points().add(b.points()), a.source());
	}

}
