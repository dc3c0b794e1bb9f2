package org.refinery.forecast.simulation;

import java.util.List;

/** The tally of all trials: per item when it is likely done, per period how much, and any warnings. */
public record Outcome(int trials, int horizon, List<ItemOutcome> items, List<PeriodOutcome> periods,
		List<String> lowConfidenceTeams) {

	public Outcome {
		items = List.copyOf(items);
		periods = List.copyOf(periods);
		lowConfidenceTeams = List.copyOf(lowConfidenceTeams);
	}

}
