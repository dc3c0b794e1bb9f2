package org.refinery.devstack.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The whole demo organisation, generated deterministically from a seed and an anchor day (the
 * day it is seeded): the same seed and anchor always yield the same data, which is what makes
 * seeding repeatable and testable. Every date is relative to the anchor, so that a fresh demo
 * shows recent sessions, throughput and goals whatever the day; the anchor moves the dates only.
 */
record DemoOrganisation(List<DemoProduct> products, List<DemoTeam> teams, DefinitionOfReady definitionOfReady,
		List<DemoItem> items, List<DemoGoal> goals, List<DemoLink> links, List<DemoDependency> dependencies,
		List<ThroughputPeriod> throughput, List<DemoSession> sessions, Map<String, Instant> completions) {

	static final long DEFAULT_SEED = 20_250_901L;

	static final int ITEMS_PER_PRODUCT = 200;

	static final int DEPENDENCIES = 60;

	/** Held sessions per product; each product also has one coming up. */
	static final int SESSIONS_PER_PRODUCT = 3;

	static DemoOrganisation generate(long seed, LocalDate anchor) {
		var products = Catalogue.products();
		var teams = Catalogue.teams();
		var vocabularies = Catalogue.vocabularies();
		var backlog = new BacklogGenerator(new Random(seed));
		var items = new ArrayList<DemoItem>();
		for (Vocabulary vocabulary : vocabularies) {
			var productTeams = teams.stream().filter(team -> team.productKey().equals(vocabulary.productKey())).toList();
			items.addAll(backlog.generate(vocabulary, productTeams, ITEMS_PER_PRODUCT));
		}
		var completions = new CompletionGenerator(new Random(seed + 5)).generate(products, items, anchor);
		return new DemoOrganisation(products, teams, Catalogue.definitionOfReady(), List.copyOf(items),
				GoalCatalogue.goals(anchor), new LinkGenerator(new Random(seed + 1)).generate(vocabularies, items),
				new DependencyGenerator(new Random(seed + 2)).generate(items, products, DEPENDENCIES, anchor),
				new ThroughputGenerator(new Random(seed + 3)).generate(products, teams, items, completions, anchor),
				new SessionGenerator(new Random(seed + 4)).generate(products, teams, items, SESSIONS_PER_PRODUCT,
						anchor), completions);
	}

	/** When a DONE item was finished, so that the periods before the seed day have a velocity; null for others. */
	Instant completionOf(String itemRef) {
		return completions.get(itemRef);
	}

	int itemCount() {
		return items.size();
	}

	/** Whether a session's REMOVED outcome removes the item, so that item seeding leaves it to the session. */
	boolean removedBySession(String itemRef) {
		return sessions.stream()
			.flatMap(session -> session.outcomes().stream())
			.anyMatch(outcome -> outcome.itemRef().equals(itemRef) && "REMOVED".equals(outcome.kind()));
	}

	List<DemoItem> itemsOf(String productKey) {
		return items.stream().filter(item -> item.productKey().equals(productKey)).toList();
	}

}
