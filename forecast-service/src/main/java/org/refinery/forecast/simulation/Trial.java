package org.refinery.forecast.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One possible future: period by period, every team draws a throughput from its history,
 * scales it by its capacity and works its unblocked items in rank order. Reused across trials.
 * Each team's open items form a linked list that finished items leave, and each epic counts its
 * unfinished children, so a trial costs about one step per item rather than per item and period.
 */
final class Trial {

	static final int NOT_FINISHED = -1;

	private static final int END = -1;

	private static final double EPSILON = 1e-9;

	private final Scenario scenario;

	/** Per queue position: the work left on that item. */
	private final double[] remaining;

	private final int[] finish;

	/** Per item: children not finished yet. */
	private final int[] pending;

	/** Per queue position: the next open item's position in the same team, or {@link #END}. */
	private final int[] next;

	/** Per team: the position of its first open item, or {@link #END}. */
	private final int[] first;

	/** Per BLOCKS dependency: whether its dependent was reached with capacity left but had to wait. */
	final boolean[] delayed;

	/** [team][period 1..horizon] the throughput drawn, capacity included. */
	final double[][] drawn;

	Trial(Scenario scenario) {
		this.scenario = scenario;
		this.remaining = new double[scenario.queue.length];
		this.finish = new int[scenario.items.size()];
		this.pending = new int[scenario.items.size()];
		this.next = new int[scenario.queue.length];
		this.first = new int[scenario.teams.size()];
		this.delayed = new boolean[scenario.dependents.length];
		this.drawn = new double[scenario.teams.size()][scenario.horizon + 1];
	}

	/** The period (1-based; 0 when done already) each item finishes in, or {@link #NOT_FINISHED}. */
	int[] run(RandomGenerator random) {
		reset(random);
		for (int period = 1; period <= scenario.horizon; period++) {
			for (int team = 0; team < first.length; team++) {
				double capacity = draw(team, random) * scenario.capacity[team][period];
				drawn[team][period] = capacity;
				work(team, period, capacity);
			}
		}
		return finish;
	}

	int[] finish() {
		return finish;
	}

	/** Without scope growth no random number is drawn here, so growth never changes other forecasts. */
	private void reset(RandomGenerator random) {
		ScopeGrowth growth = scenario.growth;
		for (int i = 0; i < finish.length; i++) {
			finish[i] = scenario.done[i] ? 0 : NOT_FINISHED;
			pending[i] = scenario.children[i].length;
		}
		for (int position = 0; position < remaining.length; position++) {
			remaining[position] = scenario.queueSize[position];
			if (growth.grows()) {
				remaining[position] *= growth.low() == growth.high() ? growth.low()
						: random.nextDouble(growth.low(), growth.high());
			}
		}
		for (int i = 0; i < finish.length; i++) {
			if (scenario.done[i]) {
				settleParents(i, 0);
			}
		}
		for (int team = 0; team < first.length; team++) {
			int start = scenario.teamStart[team];
			int end = scenario.teamStart[team + 1];
			first[team] = start < end ? start : END;
			for (int position = start; position < end; position++) {
				next[position] = position + 1 < end ? position + 1 : END;
			}
		}
		Arrays.fill(delayed, false);
	}

	private double draw(int team, RandomGenerator random) {
		double[] history = scenario.history[team];
		if (history.length == 0) {
			return 0;
		}
		double sum = 0;
		for (int draw = scenario.draws[team]; draw > 0; draw--) {
			sum += history[random.nextInt(history.length)];
		}
		return sum;
	}

	/** A team without capacity this period does nothing, not even items estimated at zero. */
	private void work(int team, int period, double capacity) {
		int previous = END;
		for (int position = first[team]; position != END && capacity > EPSILON; position = next[position]) {
			if (blocked(position, period)) {
				previous = position;
				continue;
			}
			if (remaining[position] > capacity + EPSILON) {
				remaining[position] -= capacity;
				return;
			}
			capacity -= remaining[position];
			remaining[position] = 0;
			int item = scenario.queue[position];
			finish[item] = period;
			settleParents(item, period);
			if (previous == END) {
				first[team] = next[position];
			}
			else {
				next[previous] = next[position];
			}
		}
	}

	/** An epic or feature finishes with its last child, and so on up; one that was done already stays done. */
	private void settleParents(int item, int period) {
		for (int parent = scenario.parent[item]; parent >= 0; parent = scenario.parent[parent]) {
			if (--pending[parent] > 0 || finish[parent] != NOT_FINISHED) {
				return;
			}
			finish[parent] = period;
		}
	}

	/**
	 * Blocked while a prerequisite has not finished in an earlier period. The team reached the
	 * item with capacity to spare, so every unfinished prerequisite delayed it.
	 */
	private boolean blocked(int position, int period) {
		boolean blocked = false;
		for (int k = scenario.waitStart[position]; k < scenario.waitStart[position + 1]; k++) {
			int finished = finish[scenario.waitFor[k]];
			if (finished == NOT_FINISHED || finished >= period) {
				blocked = true;
				delayed[scenario.waitDependency[k]] = true;
			}
		}
		return blocked;
	}

}
