package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The samples one team's forecast draws from, and how many make a forecast period. Only
 * periods over before today count: the running Sprint's or day's throughput so far is no full
 * sample (a team delivering 10 a Sprint that finished one item on the Sprint's first day would
 * otherwise seem to deliver less), and the running period is forecast for its remaining part instead.
 */
record TeamHistory(List<ThroughputSample> samples, double drawsPerPeriod) {

	static TeamHistory of(KnownProduct product, WorkMode mode, List<ThroughputSample> all, Integer historyWindow,
			LocalDate today) {
		List<ThroughputSample> complete = all.stream().filter(s -> s.periodEnd().isBefore(today)).toList();
		List<ThroughputSample> window = historyWindow == null || complete.size() <= historyWindow ? complete
				: complete.subList(complete.size() - historyWindow, complete.size());
		return new TeamHistory(window, drawsPerPeriod(product, mode, window));
	}

	/**
	 * How many samples make one Sprint or Release: the period's length over the samples' median
	 * length (imported samples say their own), or over the team's sampling unit without samples.
	 * Not rounded: 20-day samples make 0.7 of a 14-day Sprint and 1.4 of a 28-day Release, and the
	 * engine draws the fraction as one more sample with that probability (exact in expectation).
	 */
	static double drawsPerPeriod(KnownProduct product, WorkMode mode, List<ThroughputSample> samples) {
		List<Long> lengths = samples.stream()
			.map(s -> ChronoUnit.DAYS.between(s.periodStart(), s.periodEnd()) + 1)
			.sorted()
			.toList();
		long sampleDays = !lengths.isEmpty() ? lengths.get(lengths.size() / 2)
				: mode == WorkMode.KANBAN || product.sprintLengthDays() == null ? 1 : product.sprintLengthDays();
		return (double) product.periodLengthDays() / sampleDays;
	}

	/** The share of the running Sprint or Release still to come, today included. */
	static double remainingShare(KnownProduct product, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, product.periodOf(today).end()) + 1;
		return (double) left / product.periodLengthDays();
	}

	/** The throughput of each sample in the mode forecast. */
	List<Double> values(Mode mode) {
		return samples.stream().map(s -> mode == Mode.POINTS ? s.points().doubleValue() : (double) s.items()).toList();
	}

	/** Items delivered but never a point: history imported or kept without estimates, useless for POINTS. */
	boolean withoutPoints() {
		return samples.stream().anyMatch(s -> s.items() > 0)
				&& samples.stream().allMatch(s -> s.points().compareTo(BigDecimal.ZERO) == 0);
	}

}
