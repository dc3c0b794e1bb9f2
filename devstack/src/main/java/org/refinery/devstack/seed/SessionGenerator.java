package org.refinery.devstack.seed;

import org.refinery.devstack.seed.DemoSession.Part;
import org.refinery.devstack.seed.DemoSession.SessionOutcome;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-team refinement sessions relative to the day the demo is seeded: a held session every
 * two weeks, the last a few days ago (so the cadence is healthy), and one coming up. Outcomes
 * are true of the items as generated, since the backlog service makes them so when recorded:
 * READY only for items that meet the Definition of Ready, ESTIMATED with the item's estimate,
 * REMOVED for the items removed "after the refinement session", with that reason.
 */
final class SessionGenerator {

	private static final List<String> DISCUSSED = List.of("CLARIFIED", "REORDERED", "DEPENDENCY_IDENTIFIED",
			"DEFERRED");

	private static final List<String> SLICES = List.of("the happy path", "errors and retries", "the rollout");

	static final int DAYS_BETWEEN = 14;

	private final Random random;

	SessionGenerator(Random random) {
		this.random = random;
	}

	/** {@code held} past sessions per product, then one upcoming; every draw independent of the anchor. */
	List<DemoSession> generate(List<DemoProduct> products, List<DemoTeam> teams, List<DemoItem> items, int held,
			LocalDate anchor) {
		var sessions = new ArrayList<DemoSession>();
		for (DemoProduct product : products) {
			var productTeams = teams.stream().filter(team -> team.productKey().equals(product.key())).toList();
			var ofProduct = items.stream().filter(item -> item.productKey().equals(product.key())).toList();
			var pool = new ArrayList<>(ofProduct.stream()
				.filter(item -> item.status() == ItemStatus.IN_REFINEMENT || item.status() == ItemStatus.READY)
				.toList());
			Collections.shuffle(pool, random);
			var removed = ofProduct.stream().filter(item -> item.status() == ItemStatus.REMOVED).toList();
			for (int n = 1; n <= held + 1; n++) {
				var discussed = new ArrayList<>(pool.subList(0, Math.min(pool.size(), 4 + random.nextInt(3))));
				pool.removeAll(discussed);
				if (n <= held) {
					// Each removed item was removed by one of the held sessions.
					for (int r = n - 1; r < removed.size(); r += held) {
						discussed.add(removed.get(r));
					}
				}
				sessions.add(session(product, n, n <= held, represented(productTeams), discussed,
						startOf(n, held, anchor)));
			}
		}
		return sessions;
	}

	private DemoSession session(DemoProduct product, int n, boolean held, Map<String, Set<String>> present,
			List<DemoItem> agenda, LocalDate day) {
		var outcomes = new ArrayList<SessionOutcome>();
		if (held) {
			agenda.forEach(item -> outcomes.add(outcome(item, present.keySet())));
		}
		return new DemoSession(product.key() + "-S" + n, product.key(),
				"%s cross-team refinement #%d".formatted(product.name(), n), day.atTime(9, 30).toInstant(ZoneOffset.UTC),
				"paul", present, agenda.stream().map(DemoItem::ref).toList(), outcomes, held);
	}

	/** Three teams or more of the product, each with its representative. */
	private Map<String, Set<String>> represented(List<DemoTeam> productTeams) {
		var represented = new ArrayList<>(productTeams);
		Collections.shuffle(represented, random);
		var present = new TreeMap<String, Set<String>>();
		represented.subList(0, 3 + random.nextInt(productTeams.size() - 2))
			.forEach(team -> present.put(team.key(), Set.of(team.representative())));
		return present;
	}

	/** Held sessions two weeks apart, the last 2 to 5 days before the anchor; the upcoming one 2 to 6 days after. */
	private LocalDate startOf(int n, int held, LocalDate anchor) {
		if (n > held) {
			return anchor.plusDays(2 + random.nextInt(5));
		}
		return anchor.minusDays((long) DAYS_BETWEEN * (held - n) + 2 + random.nextInt(4));
	}

	/** A decision that holds for the item as generated; a removed item is removed here. */
	private SessionOutcome outcome(DemoItem item, Set<String> teams) {
		if (item.status() == ItemStatus.REMOVED) {
			return new SessionOutcome(item.ref(), "REMOVED", item.removalReason(), null, List.of());
		}
		var kinds = new ArrayList<>(DISCUSSED);
		if (item.estimate() != null) {
			kinds.add("ESTIMATED");
		}
		kinds.add(item.status() == ItemStatus.READY ? "READY" : "SPLIT");
		String kind = kinds.get(random.nextInt(kinds.size()));
		String note = kind.toLowerCase().replace('_', ' ') + " with " + String.join(", ", teams);
		return switch (kind) {
			case "ESTIMATED" -> new SessionOutcome(item.ref(), kind, note, item.estimate(), List.of());
			case "SPLIT" -> new SessionOutcome(item.ref(), kind, note, null, children(item));
			default -> new SessionOutcome(item.ref(), kind, note, null, List.of());
		};
	}

	/** Two or three slices of the item; containers split into stories. */
	private List<Part> children(DemoItem item) {
		String type = "EPIC".equals(item.type()) || "FEATURE".equals(item.type()) ? "STORY" : item.type();
		return SLICES.subList(0, 2 + random.nextInt(2))
			.stream()
			.map(slice -> new Part(type, item.title() + ": " + slice))
			.toList();
	}

}
