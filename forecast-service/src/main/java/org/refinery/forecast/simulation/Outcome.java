package org.refinery.forecast.simulation;

import java.util.List;
import java.util.Objects;

/**
 * The tally of all trials: per item when it is likely done, per period how much, per team its
 * likely throughput, per BLOCKS dependency how likely it delays its dependent, the product's
 * predictability (the median of its open items' P95 / P50; {@code null} when none has both), and
 * the teams forecast on too little history.
 */
public record Outcome(int trials, int horizon, List<ItemOutcome> items, List<PeriodOutcome> periods,
		List<TeamOutcome> teams, List<DependencyOutcome> dependencies, Double predictability,
		List<String> lowConfidenceTeams) {

	public Outcome {
		items = List.copyOf(items);
		periods = List.copyOf(periods);
		teams = List.copyOf(teams);
		dependencies = List.copyOf(dependencies);
		lowConfidenceTeams = List.copyOf(lowConfidenceTeams);
	}

	/** The median of the items' predictability, or null when no item has one. */
	static Double predictabilityOf(List<ItemOutcome> items) {
		List<Double> ratios = items.stream().map(ItemOutcome::predictability).filter(Objects::nonNull).sorted().toList();
		if (ratios.isEmpty()) {
			return null;
		}
		int middle = ratios.size() / 2;
		return ratios.size() % 2 == 1 ? ratios.get(middle) : (ratios.get(middle - 1) + ratios.get(middle)) / 2;
	}

}
