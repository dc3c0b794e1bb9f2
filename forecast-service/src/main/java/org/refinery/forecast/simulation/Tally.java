package org.refinery.forecast.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts, over the trials, in which period each item finished and how many open items were
 * done by each period, then reads percentiles and probabilities off those histograms. The
 * per-item histograms of a large backlog far exceed the core's cache, so adding each trial to
 * them would miss it on nearly every item: trials are buffered and folded in a block instead,
 * a range of slots at a time, whose counters stay in the cache while every buffered trial adds.
 */
final class Tally {

	/** Bytes of finishes buffered before folding them in: a few MB, so a large backlog folds every few dozen trials. */
	private static final int BUFFER_BYTES = 8 << 20;

	private static final int MAX_BUFFERED_TRIALS = 64;

	/** Slots folded at once: their counters (about 170 bytes each at 40 periods) stay in a core's cache. */
	private static final int FOLD_SLOTS = 2_048;

	private final Scenario scenario;

	private final Slots slots;

	/** [slot * stride + period 0..horizon, horizon + 1 = not within the horizon], for the slots that move. */
	private final int[] finishedIn;

	private final int stride;

	/** Up to {@link #bufferedTrials} trials' finishes of the moving slots, one after the other. */
	private final short[] buffer;

	private final int bufferedTrials;

	private int buffered;

	/** [period 1..horizon][open items done by then]. */
	private final int[][] doneBy;

	/** Per BLOCKS dependency: in how many trials it delayed its dependent. */
	private final int[] delays;

	private final TeamTally teams;

	private int trials;

	Tally(Scenario scenario) {
		this.scenario = scenario;
		this.slots = scenario.slots;
		this.stride = scenario.horizon + 2;
		this.finishedIn = new int[slots.moving * stride];
		this.bufferedTrials = Math.clamp(BUFFER_BYTES / (2L * Math.max(1, slots.moving)), 1, MAX_BUFFERED_TRIALS);
		this.buffer = new short[bufferedTrials * slots.moving];
		this.doneBy = new int[scenario.horizon + 1][scenario.open + 1];
		this.delays = new int[scenario.dependents.length];
		this.teams = new TeamTally(scenario.teams);
	}

	/** Adds the trial that just ran. */
	void add(Trial trial) {
		trials++;
		for (int d = 0; d < delays.length; d++) {
			if (trial.delayed[d]) {
				delays[d]++;
			}
		}
		teams.add(trial.drawn, scenario.firstPeriodShare < 1 && scenario.horizon > 1 ? 2 : 1, scenario.horizon);
		int cumulative = trial.finishedIn[0];
		for (int period = 1; period <= scenario.horizon; period++) {
			cumulative += trial.finishedIn[period];
			doneBy[period][cumulative]++;
		}
		System.arraycopy(trial.finish, 0, buffer, buffered * slots.moving, slots.moving);
		if (++buffered == bufferedTrials) {
			fold();
		}
	}

	/** Adds the buffered trials to the per-slot histograms, slot range by slot range. */
	private void fold() {
		int moving = slots.moving;
		for (int from = 0; from < moving; from += FOLD_SLOTS) {
			int to = Math.min(moving, from + FOLD_SLOTS);
			for (int base = 0; base < buffered * moving; base += moving) {
				for (int slot = from; slot < to; slot++) {
					finishedIn[slot * stride + buffer[base + slot]]++;
				}
			}
		}
		buffered = 0;
	}

	/** Adds another tally of the same scenario, e.g. from another thread; counts commute, so order does not matter. */
	void merge(Tally other) {
		fold();
		other.fold();
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
		fold();
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
		int[] histogram = histogram(slots.slotOf[item]);
		List<Double> probabilities = new ArrayList<>();
		int cumulative = histogram[0];
		for (int period = 1; period <= scenario.horizon; period++) {
			cumulative += histogram[period];
			probabilities.add((double) cumulative / trials);
		}
		return new ItemOutcome(scenario.items.get(item).id(), percentile(histogram, 0.50), percentile(histogram, 0.70),
				percentile(histogram, 0.85), percentile(histogram, 0.95), probabilities, scenario.impediments[item]);
	}

	/** A slot that never moves finished in the same period, 0, in every trial. */
	private int[] histogram(int slot) {
		if (slot < slots.moving) {
			return Arrays.copyOfRange(finishedIn, slot * stride, (slot + 1) * stride);
		}
		int[] histogram = new int[stride];
		histogram[slots.startFinish[slot]] = trials;
		return histogram;
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
