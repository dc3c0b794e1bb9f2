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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the read model into the engine's scenario: teams with the history they draw from
 * (as many draws per period as samples fit into a Sprint or Release, see {@link TeamHistory}),
 * items in rank order with their parents and open BLOCKS prerequisites. Period 1 is the running
 * Sprint or Release, forecast for its part still to come. In POINTS mode an unestimated item
 * counts as the median estimate, which the forecast warns about, and teams whose history has no
 * points are refused ({@link NoPointHistory}) rather than forecast to finish nothing. Items are
 * sized by {@link Sizes}; {@code notes} says, per item sized by an assumption (an epic not broken
 * down yet), which.
 */
public record ForecastInputs(Scenario scenario, List<BacklogItem> items, List<String> warnings,
		Map<UUID, String> notes) {

	public ForecastInputs {
		notes = notes == null ? Map.of() : Map.copyOf(notes);
	}

	public static ForecastInputs of(KnownProduct product, List<KnownTeam> knownTeams, List<BacklogItem> items,
			List<Blocker> blockers, Function<String, List<ThroughputSample>> history, ForecastRequest request,
			LocalDate today, int defaultChildren) {
		Map<String, WorkMode> teams = new LinkedHashMap<>();
		knownTeams.forEach(team -> teams.put(team.key(), team.workMode()));
		items.stream().map(BacklogItem::teamKey).filter(t -> t != null).forEach(t -> teams.putIfAbsent(t,
				product.defaultWorkMode()));
		checkCapacity(teams, request);
		List<String> keys = List.copyOf(teams.keySet());
		Map<String, TeamHistory> histories = new LinkedHashMap<>();
		keys.forEach(key -> histories.put(key,
				TeamHistory.of(product, teams.get(key), history.apply(key), request.historyWindow(), today)));
		if (request.mode() == Mode.POINTS) {
			checkPoints(histories, items);
		}
		List<SimTeam> simTeams = keys.stream().map(key -> team(key, histories.get(key), request)).toList();
		Sizes sizes = new Sizes(items, request.mode(), defaultChildren);
		List<SimItem> simItems = simItems(items, blockers, keys, sizes);
		return new ForecastInputs(new Scenario(simTeams, simItems, request.horizon(), growth(request.splitRate()),
				TeamHistory.remainingShare(product, today)), items, sizes.warnings(items), sizes.notes());
	}

	/** Teams with open work whose history delivered items but never a point. */
	private static void checkPoints(Map<String, TeamHistory> histories, List<BacklogItem> items) {
		Set<UUID> parents = new HashSet<>();
		items.forEach(item -> parents.add(item.parentId()));
		Set<String> working = new HashSet<>();
		items.stream()
			.filter(i -> i.status() != ItemStatus.DONE && i.teamKey() != null && !parents.contains(i.id()))
			.forEach(i -> working.add(i.teamKey()));
		List<String> without = histories.entrySet().stream()
			.filter(e -> working.contains(e.getKey()) && e.getValue().withoutPoints())
			.map(Map.Entry::getKey)
			.toList();
		if (!without.isEmpty()) {
			throw new NoPointHistory(without);
		}
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

	private static SimTeam team(String key, TeamHistory history, ForecastRequest request) {
		Double[] capacity = new Double[request.horizon()];
		java.util.Arrays.fill(capacity, 1.0);
		List<Double> values = history.values(request.mode());
		for (int i = 0; i < request.capacity().size(); i++) {
			CapacityAdjustment c = request.capacity().get(i);
			if (c.teamKey().equals(key)) {
				capacity[c.period() - 1] = c.absolute() == null ? c.factor() : factor(i, c, values, history);
			}
		}
		return new SimTeam(key, values, List.of(capacity), history.drawsPerPeriod());
	}

	/** An absolute capacity as a factor of the team's mean throughput per period. */
	private static double factor(int index, CapacityAdjustment adjustment, List<Double> values, TeamHistory history) {
		double perPeriod = values.stream().mapToDouble(Double::doubleValue).average().orElse(0)
				* history.drawsPerPeriod();
		if (!(perPeriod > 0)) {
			throw new InvalidForecastRequest("/capacity/" + index + "/absolute", adjustment.absolute(),
					"needs a team whose history delivered something; give a factor instead");
		}
		return adjustment.absolute() / perPeriod;
	}

	private static List<SimItem> simItems(List<BacklogItem> items, List<Blocker> blockers, List<String> teams,
			Sizes sizes) {
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
		return items.stream()
			.map(item -> new SimItem(item.id(), teamIndex(teamIndex, item), sizes.of(item),
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

}
