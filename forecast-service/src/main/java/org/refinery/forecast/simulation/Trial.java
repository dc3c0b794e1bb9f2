package org.refinery.forecast.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One possible future: period by period, every team draws a throughput from its history,
 * scales it by its capacity and works its unblocked items in rank order. Reused across trials.
 */
final class Trial {

	static final int NOT_FINISHED = -1;

	private static final double EPSILON = 1e-9;

	private final Scenario scenario;

	private final double[] remaining;

	private final int[] finish;

	private final int[] head;

	Trial(Scenario scenario) {
		this.scenario = scenario;
		this.remaining = new double[scenario.items.size()];
		this.finish = new int[scenario.items.size()];
		this.head = new int[scenario.teams.size()];
	}

	/** The period (1-based; 0 when done already) each item finishes in, or {@link #NOT_FINISHED}. */
	int[] run(RandomGenerator random) {
		reset();
		for (int period = 1; period <= scenario.horizon; period++) {
			for (int team = 0; team < head.length; team++) {
				work(team, period, draw(team, random) * scenario.capacity[team][period]);
			}
			settleContainers();
		}
		return finish;
	}

	private void reset() {
		for (int i = 0; i < finish.length; i++) {
			finish[i] = scenario.done[i] ? 0 : NOT_FINISHED;
			remaining[i] = scenario.size[i];
		}
		Arrays.fill(head, 0);
		settleContainers();
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

	private void work(int team, int period, double capacity) {
		int[] leaves = scenario.leavesOfTeam[team];
		while (head[team] < leaves.length && finish[leaves[head[team]]] != NOT_FINISHED) {
			head[team]++;
		}
		for (int k = head[team]; k < leaves.length; k++) {
			int item = leaves[k];
			if (finish[item] != NOT_FINISHED || blocked(item, period)) {
				continue;
			}
			if (remaining[item] > capacity + EPSILON) {
				remaining[item] -= capacity;
				return;
			}
			capacity -= remaining[item];
			remaining[item] = 0;
			finish[item] = period;
		}
	}

	/** Blocked while a prerequisite has not finished in an earlier period. */
	private boolean blocked(int item, int period) {
		for (int prerequisite : scenario.blockers[item]) {
			int finished = finish[prerequisite];
			if (finished == NOT_FINISHED || finished >= period) {
				return true;
			}
		}
		return false;
	}

	private void settleContainers() {
		for (int container : scenario.containersDeepestFirst) {
			if (finish[container] == NOT_FINISHED) {
				finish[container] = lastChild(container);
			}
		}
	}

	private int lastChild(int container) {
		int last = 0;
		for (int child : scenario.children[container]) {
			if (finish[child] == NOT_FINISHED) {
				return NOT_FINISHED;
			}
			last = Math.max(last, finish[child]);
		}
		return last;
	}

}
