package org.refinery.forecast.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

	final int[] containersDeepestFirst;

	final int[][] blockers;

	final int[][] children;

	final boolean[] done;

	final double[] size;

	/** [team][period 1..horizon] capacity factors, so trials read arrays rather than lists. */
	final double[][] capacity;

	final int[] draws;

	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon) {
		if (horizon < 1) {
			throw new IllegalArgumentException("The horizon must be at least one period");
		}
		this.teams = List.copyOf(teams);
		this.items = List.copyOf(items);
		this.horizon = horizon;
		this.history = teams.stream().map(t -> t.history().stream().mapToDouble(Double::doubleValue).toArray())
			.toArray(double[][]::new);
		this.children = childrenOf(this.items);
		this.container = new boolean[items.size()];
		IntStream.range(0, items.size()).forEach(i -> container[i] = children[i].length > 0);
		this.leavesOfTeam = leavesOfTeam();
		this.containersDeepestFirst = containersDeepestFirst();
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

	private int[][] leavesOfTeam() {
		return IntStream.range(0, teams.size())
			.mapToObj(t -> IntStream.range(0, items.size())
				.filter(i -> !container[i] && items.get(i).team() == t)
				.toArray())
			.toArray(int[][]::new);
	}

	private int[] containersDeepestFirst() {
		return IntStream.range(0, items.size())
			.filter(i -> container[i])
			.boxed()
			.sorted(Comparator.comparingInt(this::depth).reversed())
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** How many ancestors the item has; a cycle of parents stops counting after every item was seen. */
	private int depth(int item) {
		int depth = 0;
		for (int p = items.get(item).parent(); p >= 0 && p < items.size() && depth <= items.size(); p = items.get(p).parent()) {
			depth++;
		}
		return depth;
	}

	/** Each item waits for its own prerequisites and those of its epic and feature. */
	private int[][] blockers() {
		int[][] blockers = new int[items.size()][];
		for (int i = 0; i < items.size(); i++) {
			Set<Integer> all = new LinkedHashSet<>();
			int steps = 0;
			for (int a = i; a >= 0 && a < items.size() && steps++ <= items.size(); a = items.get(a).parent()) {
				all.addAll(items.get(a).prerequisites());
			}
			all.removeIf(p -> p < 0 || p >= items.size());
			blockers[i] = all.stream().mapToInt(Integer::intValue).toArray();
		}
		return blockers;
	}

}
