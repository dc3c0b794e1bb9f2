package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.simulation.Scenario;
import org.refinery.forecast.simulation.ScopeGrowth;
import org.refinery.forecast.simulation.SimItem;
import org.refinery.forecast.simulation.SimTeam;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the read model into the engine's scenario: teams with the history they draw from
 * (as many draws per period as samples fit into a Sprint or Release), items in rank order with
 * their parents and open BLOCKS prerequisites. In POINTS mode an unestimated item counts as
 * the median estimate, which the forecast warns about.
 */
public record ForecastInputs(Scenario scenario, List<BacklogItem> items, List<String> warnings) {

	public static ForecastInputs of(KnownProduct product, List<KnownTeam> knownTeams, List<BacklogItem> items,
			List<Blocker> blockers, Function<String, List<ThroughputSample>> history, ForecastRequest request) {
		Map<String, WorkMode> teams = new LinkedHashMap<>();
		knownTeams.forEach(team -> teams.put(team.key(), team.workMode()));
		items.stream().map(BacklogItem::teamKey).filter(t -> t != null).forEach(t -> teams.putIfAbsent(t,
				product.defaultWorkMode()));
		checkCapacity(teams, request);
		List<String> keys = List.copyOf(teams.keySet());
		List<SimTeam> simTeams = keys.stream()
			.map(key -> team(product, key, teams.get(key), history.apply(key), request))
			.toList();
		List<String> warnings = new ArrayList<>();
		List<SimItem> simItems = simItems(items, blockers, keys, request.mode(), warnings);
		return new ForecastInputs(new Scenario(simTeams, simItems, request.horizon(), growth(request.splitRate())),
				items, warnings);
	}

	private static ScopeGrowth growth(SplitRate splitRate) {
		if (splitRate == null) {
			return ScopeGrowth.NONE;
		}
		try {
			return new ScopeGrowth(splitRate.low(), splitRate.high());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidForecastRequest("/splitRate", null, ex.getMessage());
		}
	}

	private static void checkCapacity(Map<String, WorkMode> teams, ForecastRequest request) {
		for (int i = 0; i < request.capacity().size(); i++) {
			CapacityAdjustment adjustment = request.capacity().get(i);
			if (!teams.containsKey(adjustment.teamKey())) {
				throw new InvalidForecastRequest("/capacity/" + i + "/teamKey", adjustment.teamKey(),
						"must be a team that works on this product");
			}
			if (adjustment.period() > request.horizon()) {
				throw new InvalidForecastRequest("/capacity/" + i + "/period", adjustment.period(),
						"must be within the horizon of " + request.horizon() + " periods");
			}
		}
	}

	private static SimTeam team(KnownProduct product, String key, WorkMode mode, List<ThroughputSample> samples,
			ForecastRequest request) {
		List<ThroughputSample> window = request.historyWindow() == null || samples.size() <= request.historyWindow()
				? samples : samples.subList(samples.size() - request.historyWindow(), samples.size());
		List<Double> values = window.stream()
			.map(s -> request.mode() == Mode.POINTS ? s.points().doubleValue() : (double) s.items())
			.toList();
		Double[] capacity = new Double[request.horizon()];
		java.util.Arrays.fill(capacity, 1.0);
		request.capacity().stream().filter(c -> c.teamKey().equals(key)).forEach(c -> capacity[c.period() - 1] = c.factor());
		return new SimTeam(key, values, List.of(capacity), drawsPerPeriod(product, mode, window));
	}

	/**
	 * How many samples make one Sprint or Release: the period's length over the samples' median
	 * length (imported samples say their own), or over the team's sampling unit without samples.
	 */
	static int drawsPerPeriod(KnownProduct product, WorkMode mode, List<ThroughputSample> samples) {
		List<Long> lengths = samples.stream()
			.map(s -> java.time.temporal.ChronoUnit.DAYS.between(s.periodStart(), s.periodEnd()) + 1)
			.sorted()
			.toList();
		long sampleDays = !lengths.isEmpty() ? lengths.get(lengths.size() / 2)
				: mode == WorkMode.KANBAN || product.sprintLengthDays() == null ? 1 : product.sprintLengthDays();
		return (int) Math.max(1, Math.round((double) product.periodLengthDays() / sampleDays));
	}

	private static List<SimItem> simItems(List<BacklogItem> items, List<Blocker> blockers, List<String> teams,
			Mode mode, List<String> warnings) {
		Map<String, Integer> teamIndex = new HashMap<>();
		teams.forEach(team -> teamIndex.put(team, teamIndex.size()));
		Map<UUID, Integer> index = new HashMap<>();
		items.forEach(item -> index.put(item.id(), index.size()));
		Map<UUID, List<Integer>> prerequisites = new HashMap<>();
		for (Blocker blocker : blockers) {
			Integer prerequisite = index.get(blocker.prerequisiteItemId());
			if (prerequisite != null && index.containsKey(blocker.dependentItemId())) {
				prerequisites.computeIfAbsent(blocker.dependentItemId(), id -> new ArrayList<>()).add(prerequisite);
			}
		}
		double fallback = medianEstimate(items);
		long unestimated = mode == Mode.POINTS ? items.stream().filter(i -> i.estimate() == null).count() : 0;
		if (unestimated > 0) {
			warnings.add(unestimated + " item(s) without an estimate count as the median estimate, " + fallback);
		}
		return items.stream()
			.map(item -> new SimItem(item.id(), teamIndex(teamIndex, item), size(item, mode, fallback),
					index.getOrDefault(item.parentId(), -1), item.status() == ItemStatus.DONE,
					prerequisites.getOrDefault(item.id(), List.of())))
			.toList();
	}

	/**
	 * The item's team among the scenario's, -1 when unassigned (it then waits forever, as in
	 * reality); looked up in a map because a large product has hundreds of teams.
	 */
	private static int teamIndex(Map<String, Integer> teams, BacklogItem item) {
		return item.teamKey() == null ? -1 : teams.getOrDefault(item.teamKey(), -1);
	}

	private static double size(BacklogItem item, Mode mode, double fallback) {
		return mode == Mode.COUNT ? 1 : item.estimate() == null ? fallback : item.estimate().doubleValue();
	}

	private static double medianEstimate(List<BacklogItem> items) {
		List<BigDecimal> estimates = items.stream().map(BacklogItem::estimate).filter(e -> e != null).sorted().toList();
		return estimates.isEmpty() ? 1 : estimates.get(estimates.size() / 2).doubleValue();
	}

}
