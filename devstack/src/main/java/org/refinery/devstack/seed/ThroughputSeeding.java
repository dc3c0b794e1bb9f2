package org.refinery.devstack.seed;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each team's throughput history, imported with one PUT per team that replaces the history, so
 * seeding again changes nothing.
 */
final class ThroughputSeeding {

	/** The forecast service learns teams from backlog events: wait for its read model. */
	private static final Duration READ_MODEL_LAG = Duration.ofSeconds(90);

	private final GatewayClient owner;

	ThroughputSeeding(GatewayClient owner) {
		this.owner = owner;
	}

	String seed(DemoOrganisation organisation) {
		Map<String, List<ThroughputPeriod>> byTeam = new LinkedHashMap<>();
		organisation.throughput().forEach(period -> byTeam.computeIfAbsent(period.teamKey(), key -> new java.util.ArrayList<>()).add(period));
		byTeam.forEach((team, periods) -> {
			var samples = periods.stream()
				.map(period -> Map.of("periodStart", period.periodStart().toString(), "periodEnd",
						period.periodEnd().toString(), "items", period.items(), "points", period.points()))
				.toList();
			owner.sendOnceKnown("PUT", "/api/forecasts/teams/" + team + "/throughput", samples, READ_MODEL_LAG).orThrow();
		});
		return "throughput of %d teams (%d periods)".formatted(byTeam.size(), organisation.throughput().size());
	}

}
