package org.refinery.devstack.seed;

import org.refinery.devstack.seed.DemoSession.SessionOutcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.time.ZoneOffset;

/** Past cross-team refinement sessions: several teams represented, a handful of outcomes each. */
final class SessionGenerator {

	private static final List<String> OUTCOMES = List.of("CLARIFIED", "ESTIMATED", "SPLIT", "REORDERED",
			"DEPENDENCY_IDENTIFIED", "READY", "DEFERRED");

	private final Random random;

	SessionGenerator(Random random) {
		this.random = random;
	}

	List<DemoSession> generate(List<DemoProduct> products, List<DemoTeam> teams, List<DemoItem> items, int perProduct) {
		var sessions = new ArrayList<DemoSession>();
		for (DemoProduct product : products) {
			var productTeams = teams.stream().filter(team -> team.productKey().equals(product.key())).toList();
			var refinable = items.stream()
				.filter(item -> item.productKey().equals(product.key()))
				.filter(item -> item.status() == ItemStatus.IN_REFINEMENT || item.status() == ItemStatus.READY)
				.toList();
			for (int n = 1; n <= perProduct; n++) {
				var represented = new ArrayList<>(productTeams);
				Collections.shuffle(represented, random);
				var present = new TreeMap<String, Set<String>>();
				represented.subList(0, 3 + random.nextInt(productTeams.size() - 2))
					.forEach(team -> present.put(team.key(), Set.of(team.representative())));
				var outcomes = new ArrayList<SessionOutcome>();
				var candidates = new ArrayList<>(refinable);
				Collections.shuffle(candidates, random);
				for (DemoItem item : candidates.subList(0, 4 + random.nextInt(3))) {
					String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
					outcomes.add(new SessionOutcome(item.ref(), outcome, outcome.toLowerCase().replace('_', ' ')
							+ " with " + String.join(", ", present.keySet())));
				}
				sessions.add(new DemoSession(product.key() + "-S" + n, product.key(),
						"%s cross-team refinement #%d".formatted(product.name(), n),
						product.firstPeriodStart().plusDays(7L + 14L * (5 + n)).atTime(9, 30).toInstant(ZoneOffset.UTC), "paul",
						present, outcomes));
			}
		}
		return sessions;
	}

}
