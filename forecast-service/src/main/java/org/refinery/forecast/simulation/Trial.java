package org.refinery.forecast.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One possible future: period by period, every team draws a throughput from its history,
 * scales it by its capacity and works its unblocked items in rank order. Reused across trials.
 * Each team's open items form a linked list that finished items leave, and each epic counts its
 * unfinished children, so a trial costs about one step per item rather than per item and period.
 * Items are numbered by {@link Slots}, so a team's work reads and writes memory in order, and a
 * trial starts by copying the prepared start state rather than recomputing it.
 */
final class Trial {

	static final int NOT_FINISHED = -1;

	private static final int END = Slots.END;

	private static final double EPSILON = 1e-9;

	private final Scenario scenario;

	private final Slots slots;

	/** Per slot: the period (1-based; 0 when done already) it finished in, or {@link Slots#notWithin}. */
	final short[] finish;

	/** Per slot: children not finished yet. */
	private final int[] pending;

	/** Per queued slot: the work left on that item. */
	private final double[] remaining;

	/** Per queued slot: the next open item's slot in the same team, or {@link #END}. */
	private final int[] next;

	/** Per team: the slot of its first open item, or {@link #END}. */
	private final int[] first;

	/** Per period 0..horizon: how many open items finished in it, so the tally need not count them. */
	final int[] finishedIn;

	/** Per BLOCKS dependency: whether its dependent was reached with capacity left but had to wait. */
	final boolean[] delayed;

	/** [team][period 1..horizon] the throughput drawn, capacity included. */
	final double[][] drawn;

	Trial(Scenario scenario) {
		this.scenario = scenario;
		this.slots = scenario.slots;
		this.finish = Arrays.copyOf(slots.startFinish, slots.count + 1);
		this.pending = slots.startPending.clone();
		this.remaining = new double[slots.queued];
		this.next = new int[slots.queued];
		this.first = new int[scenario.teams.size()];
		this.finishedIn = new int[scenario.horizon + 1];
		this.delayed = new boolean[scenario.dependents.length + 1];
		this.drawn = new double[scenario.teams.size()][scenario.horizon + 1];
	}

	/** The period (1-based; 0 when done already) each item, in item order, finishes in, or {@link #NOT_FINISHED}. */
	int[] run(RandomGenerator random) {
		simulate(random);
		int[] byItem = new int[slots.count];
		for (int slot = 0; slot < slots.count; slot++) {
			byItem[slots.itemAt[slot]] = finish[slot] == slots.notWithin ? NOT_FINISHED : finish[slot];
		}
		return byItem;
	}

	/** Plays one trial, leaving its result in {@link #finish}, {@link #finishedIn}, {@link #delayed} and {@link #drawn}. */
	void simulate(RandomGenerator random) {
		reset(random);
		for (int period = 1; period <= scenario.horizon; period++) {
			for (int team = 0; team < first.length; team++) {
				double capacity = draw(team, period, random) * scenario.capacity[team][period];
				drawn[team][period] = capacity;
				work(team, period, capacity);
			}
		}
	}

	/**
	 * Slots from {@link Slots#moving} on never change. Without scope growth no random number is
	 * drawn here, so growth never changes other forecasts.
	 */
	private void reset(RandomGenerator random) {
		System.arraycopy(slots.startFinish, 0, finish, 0, slots.moving);
		System.arraycopy(slots.startPending, slots.queued, pending, slots.queued, slots.moving - slots.queued);
		System.arraycopy(slots.size, 0, remaining, 0, slots.queued);
		System.arraycopy(slots.startNext, 0, next, 0, slots.queued);
		System.arraycopy(slots.startFirst, 0, first, 0, first.length);
		Arrays.fill(finishedIn, 0);
		finishedIn[0] = slots.openDoneAtStart;
		Arrays.fill(delayed, false);
		ScopeGrowth growth = scenario.growth;
		if (growth.grows()) {
			for (int slot = 0; slot < remaining.length; slot++) {
				remaining[slot] *= growth.low() == growth.high() ? growth.low()
						: random.nextDouble(growth.low(), growth.high());
			}
		}
	}

	/**
	 * The whole draws the period holds, plus one more with probability equal to the fraction left
	 * (never a coin when the period holds whole draws, so such forecasts draw the same numbers as
	 * ever): exact in expectation, and a throughput of items stays whole items.
	 */
	private double draw(int team, int period, RandomGenerator random) {
		double[] history = scenario.history[team];
		if (history.length == 0) {
			return 0;
		}
		double draws = period == 1 ? scenario.firstDraws[team] : scenario.draws[team];
		int whole = (int) (draws + EPSILON);
		double sum = 0;
		for (int draw = whole; draw > 0; draw--) {
			sum += history[random.nextInt(history.length)];
		}
		double fraction = draws - whole;
		if (fraction > EPSILON && random.nextDouble() < fraction) {
			sum += history[random.nextInt(history.length)];
		}
		return sum;
	}

	/**
	 * A team without capacity this period does nothing, not even items estimated at zero; one that
	 * used its capacity up still finishes the 0-point items right behind, which need none of it.
	 */
	private void work(int team, int period, double capacity) {
		if (capacity <= EPSILON) {
			return;
		}
		int previous = END;
		for (int slot = first[team]; slot != END && (capacity > EPSILON || remaining[slot] <= EPSILON); slot = next[slot]) {
			if (blocked(slot, period)) {
				previous = slot;
				continue;
			}
			if (remaining[slot] > capacity + EPSILON) {
				remaining[slot] -= capacity;
				return;
			}
			capacity -= remaining[slot];
			remaining[slot] = 0;
			finished(slot, period);
			if (previous == END) {
				first[team] = next[slot];
			}
			else {
				next[previous] = next[slot];
			}
		}
	}

	/**
	 * An epic or feature finishes with its last child, and so on up; one finished already (done
	 * from the start, say) stays so, and its count of open children no longer matters.
	 */
	private void finished(int slot, int period) {
		finish[slot] = (short) period;
		finishedIn[period]++;
		for (int parent = slots.parent[slot]; parent >= 0; parent = slots.parent[parent]) {
			if (finish[parent] != slots.notWithin || --pending[parent] > 0) {
				return;
			}
			finish[parent] = (short) period;
			finishedIn[period]++;
		}
	}

	/**
	 * Blocked while a prerequisite has not finished in an earlier period (not within the horizon
	 * counts as later than any). The team reached the item with capacity to spare, so every
	 * unfinished prerequisite delayed it. Written without branches on the answers: whether an item
	 * waits is a coin toss to the processor, and mispredicting it cost more than the checks did.
	 */
	private boolean blocked(int slot, int period) {
		boolean blocked = finish[slots.firstWait[slot]] >= period;
		delayed[slots.firstWaitDependency[slot]] |= blocked;
		for (int k = slots.waitStart[slot]; k < slots.waitStart[slot + 1]; k++) {
			boolean waits = finish[slots.waitFor[k]] >= period;
			blocked |= waits;
			delayed[slots.waitDependency[k]] |= waits;
		}
		return blocked;
	}

}
