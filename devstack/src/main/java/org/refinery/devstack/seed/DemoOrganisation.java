package org.refinery.devstack.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The whole demo organisation, generated deterministically from a seed: the same seed always
 * yields the same data, which is what makes seeding repeatable and testable.
 */
record DemoOrganisation(List<DemoProduct> products, List<DemoTeam> teams, DefinitionOfReady definitionOfReady,
		List<DemoItem> items, List<DemoGoal> goals, List<DemoLink> links, List<DemoDependency> dependencies,
		List<ThroughputPeriod> throughput, List<DemoSession> sessions) {

	static final long DEFAULT_SEED = 20_250_901L;

	static final int ITEMS_PER_PRODUCT = 200;

	static final int DEPENDENCIES = 60;

	static final int SESSIONS_PER_PRODUCT = 3;

	static DemoOrganisation generate(long seed) {
		var products = Catalogue.products();
		var teams = Catalogue.teams();
		var vocabularies = Catalogue.vocabularies();
		var backlog = new BacklogGenerator(new Random(seed));
		var items = new ArrayList<DemoItem>();
		for (Vocabulary vocabulary : vocabularies) {
			var productTeams = teams.stream().filter(team -> team.productKey().equals(vocabulary.productKey())).toList();
			items.addAll(backlog.generate(vocabulary, productTeams, ITEMS_PER_PRODUCT));
		}
		return new DemoOrganisation(products, teams, Catalogue.definitionOfReady(), List.copyOf(items),
				GoalCatalogue.goals(), new LinkGenerator(new Random(seed + 1)).generate(vocabularies, items),
				new DependencyGenerator(new Random(seed + 2)).generate(items, products, DEPENDENCIES),
				new ThroughputGenerator(new Random(seed + 3)).generate(products, teams),
				new SessionGenerator(new Random(seed + 4)).generate(products, teams, items, SESSIONS_PER_PRODUCT));
	}

	int itemCount() {
		return items.size();
	}

	List<DemoItem> itemsOf(String productKey) {
		return items.stream().filter(item -> item.productKey().equals(productKey)).toList();
	}

}
