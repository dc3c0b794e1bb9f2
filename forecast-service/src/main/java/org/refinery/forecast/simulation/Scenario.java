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

	/** The most periods a scenario looks ahead: a trial keeps each item's finishing period in a short. */
	public static final int MAX_HORIZON = Short.MAX_VALUE - 1;

	final List<SimTeam> teams;

	final List<SimItem> items;

	final int horizon;

	final double[][] history;

	/** Per team: the leaves it works on, done or not. */
	final int[][] leavesOfTeam;

	/** Per BLOCKS dependency: the dependent item and its prerequisite, in item order. */
	final int[] dependents;

	final int[] prerequisites;

	final ScopeGrowth growth;

	/** [team][period 1..horizon] capacity factors, so trials read arrays rather than lists. */
	final double[][] capacity;

	/** Per team: samples drawn in a full period, and in period 1, the running period's part still to come. */
	final double[] draws;

	final double[] firstDraws;

	/** The share of period 1 still to come: 1 when it starts now, less when it is under way. */
	final double firstPeriodShare;

	/** The items as the engine numbers them, and the state every trial starts from. */
	final Slots slots;

	/** Per item: why it can never finish, or null. */
	final Impediment[] impediments;

	/** How many items are not done. */
	final int open;

	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon) {
		this(teams, items, horizon, ScopeGrowth.NONE);
	}

	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon, ScopeGrowth growth) {
		this(teams, items, horizon, growth, 1);
	}

	/**
	 * Period 1 is the running Sprint or Release, of which only {@code firstPeriodShare} (in (0, 1])
	 * is still to come: its draws are pro-rated by that share, so a Sprint half over gets half the
	 * samples, whole draws plus one with probability equal to the fraction, as every period does.
	 */
	public Scenario(List<SimTeam> teams, List<SimItem> items, int horizon, ScopeGrowth growth,
			double firstPeriodShare) {
		if (!(firstPeriodShare > 0 && firstPeriodShare <= 1)) {
			throw new IllegalArgumentException("The share of the running period still to come must be in (0, 1]");
		}
		if (horizon < 1 || horizon > MAX_HORIZON) {
			throw new IllegalArgumentException("The horizon must be between 1 and " + MAX_HORIZON + " periods");
		}
		this.teams = List.copyOf(teams);
		this.items = List.copyOf(items);
		this.horizon = horizon;
		this.growth = growth == null ? ScopeGrowth.NONE : growth;
		this.history = teams.stream().map(t -> t.history().stream().mapToDouble(Double::doubleValue).toArray())
			.toArray(double[][]::new);
		int[] parent = IntStream.range(0, items.size()).map(this::validParent).toArray();
		this.leavesOfTeam = leavesOfTeam(parent);
		int[][] dependencies = dependencies();
		this.dependents = dependencies[0];
		this.prerequisites = dependencies[1];
		int[][] blockerDependency = new int[items.size()][];
		int[][] blockers = blockers(blockerDependency);
		this.capacity = teams.stream()
			.map(t -> IntStream.rangeClosed(0, horizon).mapToDouble(p -> p == 0 ? 0 : t.capacityIn(p)).toArray())
			.toArray(double[][]::new);
		this.draws = teams.stream().mapToDouble(SimTeam::drawsPerPeriod).toArray();
		this.firstPeriodShare = firstPeriodShare;
		this.firstDraws = java.util.Arrays.stream(draws).map(d -> d * firstPeriodShare).toArray();
		this.slots = new Slots(this.items, teams.size(), horizon, parent, blockers, blockerDependency, dependents.length);
		this.impediments = Impediments.of(this, parent, blockers);
		this.open = (int) this.items.stream().filter(i -> !i.done()).count();
		requireHistory();
	}

	/** What running this scenario {@code trials} times costs the engine. */
	public Cost cost(int trials) {
		return Cost.of(this, trials);
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

	/** One pass over the items rather than one per team: a large product has hundreds of teams. */
	private int[][] leavesOfTeam(int[] parent) {
		boolean[] container = new boolean[items.size()];
		Arrays.stream(parent).filter(p -> p >= 0).forEach(p -> container[p] = true);
		List<List<Integer>> leaves = new ArrayList<>();
		teams.forEach(t -> leaves.add(new ArrayList<>()));
		for (int i = 0; i < items.size(); i++) {
			int team = items.get(i).team();
			if (!container[i] && team >= 0 && team < teams.size()) {
				leaves.get(team).add(i);
			}
		}
		return leaves.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	private int validParent(int item) {
		int parent = items.get(item).parent();
		return parent >= 0 && parent < items.size() && parent != item ? parent : -1;
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
	private int[][] blockers(int[][] blockerDependency) {
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
