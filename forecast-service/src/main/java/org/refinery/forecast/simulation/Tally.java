package org.refinery.forecast.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts, over the trials, in which period each item finished and how many open items were
 * done by each period, then reads percentiles and probabilities off those histograms.
 */
final class Tally {

	private final Scenario scenario;

	/** [item][period 0..horizon, horizon + 1 = not within the horizon]. */
	private final int[][] finishedIn;

	/** [period 1..horizon][open items done by then]. */
	private final int[][] doneBy;

	private final int open;

	private int trials;

	Tally(Scenario scenario) {
		this.scenario = scenario;
		this.finishedIn = new int[scenario.items.size()][scenario.horizon + 2];
		this.open = (int) scenario.items.stream().filter(i -> !i.done()).count();
		this.doneBy = new int[scenario.horizon + 1][open + 1];
	}

	void add(int[] finish) {
		trials++;
		int[] newlyDone = new int[scenario.horizon + 2];
		for (int i = 0; i < finish.length; i++) {
			int period = finish[i] == Trial.NOT_FINISHED ? scenario.horizon + 1 : finish[i];
			finishedIn[i][period]++;
			if (!scenario.done[i]) {
				newlyDone[period]++;
			}
		}
		int cumulative = newlyDone[0];
		for (int period = 1; period <= scenario.horizon; period++) {
			cumulative += newlyDone[period];
			doneBy[period][cumulative]++;
		}
	}

	/** Adds another tally of the same scenario, e.g. from another thread; counts commute, so order does not matter. */
	void merge(Tally other) {
		trials += other.trials;
		for (int i = 0; i < finishedIn.length; i++) {
			for (int p = 0; p < finishedIn[i].length; p++) {
				finishedIn[i][p] += other.finishedIn[i][p];
			}
		}
		for (int p = 0; p < doneBy.length; p++) {
			for (int c = 0; c < doneBy[p].length; c++) {
				doneBy[p][c] += other.doneBy[p][c];
			}
		}
	}

	Outcome outcome() {
		List<ItemOutcome> items = IntStream.range(0, finishedIn.length).mapToObj(this::item).toList();
		List<PeriodOutcome> periods = IntStream.rangeClosed(1, scenario.horizon).mapToObj(this::period).toList();
		return new Outcome(trials, scenario.horizon, items, periods, scenario.lowConfidenceTeams());
	}

	private ItemOutcome item(int item) {
		int[] histogram = finishedIn[item];
		List<Double> probabilities = new ArrayList<>();
		int cumulative = histogram[0];
		for (int period = 1; period <= scenario.horizon; period++) {
			cumulative += histogram[period];
			probabilities.add((double) cumulative / trials);
		}
		return new ItemOutcome(scenario.items.get(item).id(), percentile(histogram, 0.50), percentile(histogram, 0.70),
				percentile(histogram, 0.85), percentile(histogram, 0.95), probabilities);
	}

	/** The first period by which at least that share of trials finished the item; null beyond the horizon. */
	private Integer percentile(int[] histogram, double share) {
		long needed = (long) Math.ceil(share * trials);
		long cumulative = 0;
		for (int period = 0; period <= scenario.horizon; period++) {
			cumulative += histogram[period];
			if (cumulative >= needed) {
				return period;
			}
		}
		return null;
	}

	private PeriodOutcome period(int period) {
		int[] histogram = doneBy[period];
		double sum = 0;
		for (int count = 0; count < histogram.length; count++) {
			sum += (double) count * histogram[count];
		}
		return new PeriodOutcome(period, atLeast(histogram, 0.95), atLeast(histogram, 0.85), atLeast(histogram, 0.70),
				atLeast(histogram, 0.50), trials == 0 ? 0 : sum / trials);
	}

	/** The largest count reached in at least that share of trials. */
	private int atLeast(int[] histogram, double share) {
		long needed = (long) Math.ceil(share * trials);
		long tail = 0;
		for (int count = histogram.length - 1; count > 0; count--) {
			tail += histogram[count];
			if (tail >= needed) {
				return count;
			}
		}
		return 0;
	}

}
