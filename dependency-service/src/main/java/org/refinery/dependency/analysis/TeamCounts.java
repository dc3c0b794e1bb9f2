package org.refinery.dependency.analysis;

import org.refinery.dependency.tracking.Dependency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Open dependencies counted by team: the matrix of who needs whom, and the teams most needed. */
final class TeamCounts {

	/** How an item without an owning team appears in team counts. */
	static final String UNASSIGNED = "UNASSIGNED";

	private TeamCounts() {
	}

	static Map<String, Map<String, Integer>> matrix(List<Dependency> open) {
		Map<String, Map<String, Integer>> matrix = new TreeMap<>();
		for (Dependency dependency : open) {
			matrix.computeIfAbsent(team(dependency.dependent()), team -> new TreeMap<>())
				.merge(team(dependency.prerequisite()), 1, Integer::sum);
		}
		return matrix;
	}

	/** Only cross-team dependencies count: a team waiting for itself is no coordination risk. */
	static List<ProductAnalysis.Hotspot> hotspots(List<Dependency> open) {
		Map<String, Integer> needed = new HashMap<>();
		Map<String, Set<String>> dependents = new HashMap<>();
		for (Dependency dependency : open) {
			String prerequisite = team(dependency.prerequisite());
			String dependent = team(dependency.dependent());
			if (!Objects.equals(prerequisite, dependent)) {
				needed.merge(prerequisite, 1, Integer::sum);
				dependents.computeIfAbsent(prerequisite, team -> new HashSet<>()).add(dependent);
			}
		}
		return needed.entrySet()
			.stream()
			.map(entry -> new ProductAnalysis.Hotspot(entry.getKey(), entry.getValue(),
					dependents.get(entry.getKey()).size()))
			.sorted(Comparator.comparingInt(ProductAnalysis.Hotspot::dependedUponBy)
				.reversed()
				.thenComparing(ProductAnalysis.Hotspot::teamKey))
			.toList();
	}

	static long oldestDays(List<Dependency> open, Instant now) {
		return open.stream()
			.map(Dependency::identifiedAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map(oldest -> Math.max(0, Duration.between(oldest, now).toDays()))
			.orElse(0L);
	}

	static Map<String, OpenAges> agesByTeam(List<Dependency> open, Instant now) {
		Map<String, List<Dependency>> byTeam = new TreeMap<>();
		for (Dependency dependency : open) {
			Set<String> teams = new HashSet<>(List.of(team(dependency.dependent()), team(dependency.prerequisite())));
			teams.forEach(team -> byTeam.computeIfAbsent(team, key -> new ArrayList<>()).add(dependency));
		}
		Map<String, OpenAges> ages = new TreeMap<>();
		byTeam.forEach((team, dependencies) -> ages.put(team, OpenAges.of(dependencies, now)));
		return ages;
	}

	private static String team(Dependency.End end) {
		return end.teamKey() == null ? UNASSIGNED : end.teamKey();
	}

}
