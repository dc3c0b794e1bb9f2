package org.refinery.forecast.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

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
		List<List<Integer>> neededBy = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			neededBy.add(new ArrayList<>());
		}
		int[] waiting = new int[n];
		boolean[] container = new boolean[n];
		Arrays.stream(parent).filter(p -> p >= 0).forEach(p -> container[p] = true);
		for (int i = 0; i < n; i++) {
			if (container[i] || scenario.items.get(i).done()) {
				continue;
			}
			for (int prerequisite : blockers[i]) {
				neededBy.get(prerequisite).add(i);
				waiting[i]++;
			}
		}
		for (int i = 0; i < n; i++) {
			if (parent[i] >= 0 && !scenario.items.get(parent[i]).done()) {
				neededBy.get(i).add(parent[i]);
				waiting[parent[i]]++;
			}
		}
		return settle(scenario, container, waiting, neededBy);
	}

	private static Impediment[] settle(Scenario scenario, boolean[] container, int[] waiting,
			List<List<Integer>> neededBy) {
		int n = waiting.length;
		Impediment[] impediment = new Impediment[n];
		boolean[] settled = new boolean[n];
		Deque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < n; i++) {
			SimItem item = scenario.items.get(i);
			impediment[i] = item.done() || container[i] ? null : own(scenario, item);
			if (item.done() || impediment[i] != null || waiting[i] == 0) {
				settled[i] = true;
				queue.add(i);
			}
		}
		while (!queue.isEmpty()) {
			int item = queue.poll();
			for (int dependent : neededBy.get(item)) {
				if (settled[dependent]) {
					continue;
				}
				if (impediment[item] != null) {
					impediment[dependent] = container[dependent] ? Impediment.CHILD_NEVER_FINISHES
							: Impediment.PREREQUISITE_NEVER_FINISHES;
				}
				if (impediment[dependent] != null || --waiting[dependent] == 0) {
					settled[dependent] = true;
					queue.add(dependent);
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
	private static Impediment own(Scenario scenario, SimItem item) {
		if (item.team() < 0 || item.team() >= scenario.teams.size()) {
			return Impediment.NO_TEAM;
		}
		return Arrays.stream(scenario.history[item.team()]).anyMatch(h -> h > 0) ? null : Impediment.NO_THROUGHPUT;
	}

}
