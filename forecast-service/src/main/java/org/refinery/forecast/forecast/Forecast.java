package org.refinery.forecast.forecast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product forecast as computed: its inputs, its upcoming periods, per item when likely done,
 * per team its likely throughput, per BLOCKS dependency how likely it delays its dependent, the
 * product's predictability (median P95 / P50 of its open items) and warnings.
 */
public record Forecast(UUID id, UUID productId, String productKey, String notice, Mode mode, int trials, long seed,
		int horizon, List<CapacityAdjustment> capacity, Integer historyWindow, SplitRate splitRate,
		Instant generatedAt, List<UpcomingPeriod> periods, List<ItemForecast> items,
		List<TeamThroughputForecast> teams, List<DependencyForecast> dependencies, Double predictability,
		List<String> lowConfidenceTeams, List<String> warnings) {

	/** What every forecast answer says about itself. */
	public static final String NOTICE = "This is a forecast, not a commitment: ranges of likely outcomes with their "
			+ "probabilities, from each team's throughput history and the dependencies known today.";

	public Forecast {
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
		periods = List.copyOf(periods);
		items = List.copyOf(items);
		teams = teams == null ? List.of() : List.copyOf(teams);
		dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
		lowConfidenceTeams = List.copyOf(lowConfidenceTeams);
		warnings = List.copyOf(warnings);
	}

}
