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

	/** [item * stride + period 0..horizon, horizon + 1 = not within the horizon], flat so a trial adds in order. */
	private final int[] finishedIn;

	private final int stride;

	/** [period 1..horizon][open items done by then]. */
	private final int[][] doneBy;

	private final int open;

	/** Per BLOCKS dependency: in how many trials it delayed its dependent. */
	private final int[] delays;

	private final TeamTally teams;

	private int trials;

	Tally(Scenario scenario) {
		this.scenario = scenario;
		this.stride = scenario.horizon + 2;
		this.finishedIn = new int[scenario.items.size() * stride];
		this.open = (int) scenario.items.stream().filter(i -> !i.done()).count();
		this.doneBy = new int[scenario.horizon + 1][open + 1];
		this.delays = new int[scenario.dependents.length];
		this.teams = new TeamTally(scenario.teams);
	}

	/** Adds the trial that just ran. */
	void add(Trial trial) {
		for (int d = 0; d < delays.length; d++) {
			if (trial.delayed[d]) {
				delays[d]++;
			}
		}
		teams.add(trial.drawn, scenario.horizon);
		add(trial.finish());
	}

	private void add(int[] finish) {
		trials++;
		int[] newlyDone = new int[scenario.horizon + 2];
		for (int i = 0; i < finish.length; i++) {
			int period = finish[i] == Trial.NOT_FINISHED ? scenario.horizon + 1 : finish[i];
			finishedIn[i * stride + period]++;
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
		teams.merge(other.teams);
		for (int d = 0; d < delays.length; d++) {
			delays[d] += other.delays[d];
		}
		for (int i = 0; i < finishedIn.length; i++) {
			finishedIn[i] += other.finishedIn[i];
		}
		for (int p = 0; p < doneBy.length; p++) {
			for (int c = 0; c < doneBy[p].length; c++) {
				doneBy[p][c] += other.doneBy[p][c];
			}
		}
	}

	Outcome outcome() {
		List<ItemOutcome> items = IntStream.range(0, scenario.items.size()).mapToObj(this::item).toList();
		List<PeriodOutcome> periods = IntStream.rangeClosed(1, scenario.horizon).mapToObj(this::period).toList();
		List<DependencyOutcome> dependencies = IntStream.range(0, delays.length)
			.mapToObj(d -> new DependencyOutcome(scenario.items.get(scenario.dependents[d]).id(),
					scenario.items.get(scenario.prerequisites[d]).id(), trials == 0 ? 0 : (double) delays[d] / trials))
			.toList();
		return new Outcome(trials, scenario.horizon, items, periods, teams.outcomes(), dependencies,
				Outcome.predictabilityOf(items), scenario.lowConfidenceTeams());
	}

	private ItemOutcome item(int item) {
		int[] histogram = java.util.Arrays.copyOfRange(finishedIn, item * stride, (item + 1) * stride);
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
