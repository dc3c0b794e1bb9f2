package org.refinery.forecast.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What one forecast simulates: teams, items in rank order and the number of upcoming periods,
 * compiled into arrays once so that every trial only walks them. Teams with fewer than
 * {@value #ENOUGH_SAMPLES} samples give a low-confidence warning; teams with work and none fail.
 */
public final class Scenario {

	public static final int ENOUGH_SAMPLES = 5;

	final List<SimTeam> teams;

	final List<SimItem> items;

	final int horizon;

	final double[][] history;

	final int[][] leavesOfTeam;

	final boolean[] container;

	/** Each item's parent index, -1 for none (or one that does not exist). */
	final int[] parent;

	/** Open leaves grouped by team, in rank order: team t's are queue[teamStart[t]] up to teamStart[t + 1]. */
	final int[] queue;

	final int[] teamStart;

	/**
	 * Per queue position p, so that a team's work reads memory in order: its size, and its
	 * prerequisites waitFor[waitStart[p]] up to waitStart[p + 1], each blamed on waitDependency.
	 */
	final double[] queueSize;

	final int[] waitStart;

	final int[] waitFor;

	final int[] waitDependency;

	final int[][] blockers;

	/** [item][k] the BLOCKS dependency (index into the dependencies) that blockers[item][k] comes from. */
	final int[][] blockerDependency;

	/** Per BLOCKS dependency: the dependent item and its prerequisite, in item order. */
	final int[] dependents;

	final int[] prerequisites;

	final ScopeGrowth growth;

	final int[][] children;

	final boolean[] done;

	final double[] size;

	/** [team][period 1..horizon] capacity factors, so trials read arrays rather than lists. */
	final double[][] capacity;

	final int[] draws;

	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon) {
		this(teams, items, horizon, ScopeGrowth.NONE);
	}

	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon, ScopeGrowth growth) {
		if (horizon < 1) {
			throw new IllegalArgumentException("The horizon must be at least one period");
		}
		this.teams = List.copyOf(teams);
		this.items = List.copyOf(items);
		this.horizon = horizon;
		this.growth = growth == null ? ScopeGrowth.NONE : growth;
		this.history = teams.stream().map(t -> t.history().stream().mapToDouble(Double::doubleValue).toArray())
			.toArray(double[][]::new);
		this.children = childrenOf(this.items);
		this.container = new boolean[items.size()];
		IntStream.range(0, items.size()).forEach(i -> container[i] = children[i].length > 0);
		this.leavesOfTeam = leavesOfTeam();
		this.parent = IntStream.range(0, items.size()).map(i -> validParent(i)).toArray();
		int[][] dependencies = dependencies();
		this.dependents = dependencies[0];
		this.prerequisites = dependencies[1];
		this.blockerDependency = new int[items.size()][];
		this.blockers = blockers();
		this.done = new boolean[items.size()];
		this.size = new double[items.size()];
		IntStream.range(0, items.size()).forEach(i -> {
			done[i] = items.get(i).done();
			size[i] = items.get(i).size();
		});
		this.capacity = teams.stream()
			.map(t -> IntStream.rangeClosed(0, horizon).mapToDouble(p -> p == 0 ? 0 : t.capacityIn(p)).toArray())
			.toArray(double[][]::new);
		this.draws = teams.stream().mapToInt(SimTeam::drawsPerPeriod).toArray();
		this.teamStart = new int[teams.size() + 1];
		this.queue = openLeavesByTeam();
		this.queueSize = Arrays.stream(queue).mapToDouble(i -> size[i]).toArray();
		this.waitStart = waitStarts();
		this.waitFor = new int[waitStart[queue.length]];
		this.waitDependency = new int[waitFor.length];
		fillWaits();
		requireHistory();
	}

	/** Teams with work to do but fewer than {@value #ENOUGH_SAMPLES} samples of history. */
	public List<String> lowConfidenceTeams() {
		return IntStream.range(0, teams.size())
			.filter(t -> hasWork(t) && history[t].length < ENOUGH_SAMPLES)
			.mapToObj(t -> teams.get(t).key())
			.toList();
	}

	private void requireHistory() {
		List<String> none = IntStream.range(0, teams.size())
			.filter(t -> hasWork(t) && history[t].length == 0)
			.mapToObj(t -> teams.get(t).key())
			.toList();
		if (!none.isEmpty()) {
			throw new NoHistory(none);
		}
	}

	private boolean hasWork(int team) {
		return Arrays.stream(leavesOfTeam[team]).anyMatch(i -> !items.get(i).done());
	}

	private static int[][] childrenOf(List<SimItem> items) {
		List<List<Integer>> children = new ArrayList<>();
		items.forEach(i -> children.add(new ArrayList<>()));
		for (int i = 0; i < items.size(); i++) {
			int parent = items.get(i).parent();
			if (parent >= 0 && parent < items.size() && parent != i) {
				children.get(parent).add(i);
			}
		}
		return children.stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	private int[] waitStarts() {
		int[] starts = new int[queue.length + 1];
		for (int p = 0; p < queue.length; p++) {
			starts[p + 1] = starts[p] + blockers[queue[p]].length;
		}
		return starts;
	}

	private void fillWaits() {
		for (int p = 0; p < queue.length; p++) {
			int item = queue[p];
			System.arraycopy(blockers[item], 0, waitFor, waitStart[p], blockers[item].length);
			System.arraycopy(blockerDependency[item], 0, waitDependency, waitStart[p], blockers[item].length);
		}
	}

	private int validParent(int item) {
		int parent = items.get(item).parent();
		return parent >= 0 && parent < items.size() && parent != item ? parent : -1;
	}

	private int[] openLeavesByTeam() {
		int[] queue = new int[items.size()];
		int size = 0;
		for (int t = 0; t < teams.size(); t++) {
			teamStart[t] = size;
			for (int item : leavesOfTeam[t]) {
				if (!done[item]) {
					queue[size++] = item;
				}
			}
		}
		teamStart[teams.size()] = size;
		return Arrays.copyOf(queue, size);
	}

	private int[][] leavesOfTeam() {
		return IntStream.range(0, teams.size())
			.mapToObj(t -> IntStream.range(0, items.size())
				.filter(i -> !container[i] && items.get(i).team() == t)
				.toArray())
			.toArray(int[][]::new);
	}

	/** The valid BLOCKS dependencies as two parallel arrays: dependents, then prerequisites. */
	private int[][] dependencies() {
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (int prerequisite : items.get(i).prerequisites()) {
				if (prerequisite >= 0 && prerequisite < items.size() && prerequisite != i) {
					pairs.add(new int[] { i, prerequisite });
				}
			}
		}
		return new int[][] { pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray() };
	}

	/**
	 * Each item waits for its own prerequisites and those of its epic and feature; each wait
	 * remembers the dependency it comes from, the item's own first, so delays can be blamed on it.
	 */
	private int[][] blockers() {
		Map<Integer, List<Integer>> dependenciesOf = new HashMap<>();
		for (int d = 0; d < dependents.length; d++) {
			dependenciesOf.computeIfAbsent(dependents[d], k -> new ArrayList<>()).add(d);
		}
		int[][] blockers = new int[items.size()][];
		for (int i = 0; i < items.size(); i++) {
			Map<Integer, Integer> dependencyOfPrerequisite = new LinkedHashMap<>();
			int steps = 0;
			for (int a = i; a >= 0 && a < items.size() && steps++ <= items.size(); a = items.get(a).parent()) {
				for (int d : dependenciesOf.getOrDefault(a, List.of())) {
					dependencyOfPrerequisite.putIfAbsent(prerequisites[d], d);
				}
			}
			blockers[i] = dependencyOfPrerequisite.keySet().stream().mapToInt(Integer::intValue).toArray();
			blockerDependency[i] = dependencyOfPrerequisite.values().stream().mapToInt(Integer::intValue).toArray();
		}
		return blockers;
	}

}
