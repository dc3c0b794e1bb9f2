package org.refinery.forecast.simulation;

import java.util.Arrays;

/**
 * Which open items can never finish, and why, from the structure alone: a leaf needs a team
 * with some throughput and its prerequisites (its own and its ancestors'), an epic or feature
 * needs its children. Settled like a topological sort, from the items that need nothing: an
 * item is settled once all it needs is (it can finish) or once one of them never can (it
 * cannot, naming why); whatever is left waits, through some chain, for itself — a cycle.
 * Linear in items plus dependencies, so a large product costs no more than one trial.
 */
final class Impediments {

	private Impediments() {
	}

	/** Per item, in item order: why it can never finish, or {@code null} when it can (or is done). */
	static Impediment[] of(Scenario scenario, int[] parent, int[][] blockers) {
		int n = scenario.items.size();
		boolean[] container = new boolean[n];
		for (int p : parent) {
			if (p >= 0) {
				container[p] = true;
			}
		}
		int[] waiting = new int[n];
		int[] start = new int[n + 1];
		forEachNeed(scenario, parent, blockers, container, (needed, by) -> start[needed + 1]++);
		for (int i = 0; i < n; i++) {
			start[i + 1] += start[i];
		}
		int[] neededBy = new int[start[n]];
		int[] next = start.clone();
		forEachNeed(scenario, parent, blockers, container, (needed, by) -> {
			neededBy[next[needed]++] = by;
			waiting[by]++;
		});
		return settle(scenario, container, waiting, start, neededBy);
	}

	/** An open leaf needs its prerequisites; an open epic or feature needs its children. */
	private static void forEachNeed(Scenario scenario, int[] parent, int[][] blockers, boolean[] container, Need need) {
		for (int i = 0; i < parent.length; i++) {
			if (!container[i] && !scenario.items.get(i).done()) {
				for (int prerequisite : blockers[i]) {
					need.of(prerequisite, i);
				}
			}
			if (parent[i] >= 0 && !scenario.items.get(parent[i]).done()) {
				need.of(i, parent[i]);
			}
		}
	}

	@FunctionalInterface
	private interface Need {

		void of(int needed, int by);

	}

	private static Impediment[] settle(Scenario scenario, boolean[] container, int[] waiting, int[] start,
			int[] neededBy) {
		int n = waiting.length;
		boolean[] delivers = new boolean[scenario.teams.size()];
		for (int t = 0; t < delivers.length; t++) {
			delivers[t] = Arrays.stream(scenario.history[t]).anyMatch(h -> h > 0);
		}
		Impediment[] impediment = new Impediment[n];
		boolean[] settled = new boolean[n];
		int[] queue = new int[n];
		int tail = 0;
		for (int i = 0; i < n; i++) {
			SimItem item = scenario.items.get(i);
			impediment[i] = item.done() || container[i] ? null : own(item, delivers);
			if (item.done() || impediment[i] != null || waiting[i] == 0) {
				settled[i] = true;
				queue[tail++] = i;
			}
		}
		for (int head = 0; head < tail; head++) {
			int item = queue[head];
			for (int k = start[item]; k < start[item + 1]; k++) {
				int dependent = neededBy[k];
				if (settled[dependent]) {
					continue;
				}
				if (impediment[item] != null) {
					impediment[dependent] = container[dependent] ? Impediment.CHILD_NEVER_FINISHES
							: Impediment.PREREQUISITE_NEVER_FINISHES;
				}
				if (impediment[dependent] != null || --waiting[dependent] == 0) {
					settled[dependent] = true;
					queue[tail++] = dependent;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (!settled[i]) {
				impediment[i] = Impediment.DEPENDENCY_CYCLE;
			}
		}
		return impediment;
	}

	/** What a leaf lacks itself: a team, or a team with any throughput. */
	private static Impediment own(SimItem item, boolean[] delivers) {
		if (item.team() < 0 || item.team() >= delivers.length) {
			return Impediment.NO_TEAM;
		}
		return delivers[item.team()] ? null : Impediment.NO_THROUGHPUT;
	}

}
