package org.refinery.devstack.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Inter-team dependencies between unfinished work items of the same product (the dependency
 * service identifies dependencies only within a product and only between unfinished items). Every item gets a position: its rank in its
 * product's backlog plus a little noise; a BLOCKS edge always points from the earlier position
 * (prerequisite) to the later one (dependent). That total order makes BLOCKS cycles impossible,
 * while the noise still yields the few ordering conflicts a real backlog has.
 */
final class DependencyGenerator {

	private final Random random;

	DependencyGenerator(Random random) {
		this.random = random;
	}

	List<DemoDependency> generate(List<DemoItem> items, List<DemoProduct> products, int count, LocalDate anchor) {
		var work = items.stream()
			.filter(item -> !"EPIC".equals(item.type()) && !"FEATURE".equals(item.type()))
			.filter(item -> item.status().open())
			.toList();
		Map<String, Double> position = positions(items);
		Set<String> pairs = new HashSet<>();
		var dependencies = new ArrayList<DemoDependency>();
		for (int attempt = 0; dependencies.size() < count && attempt < 100_000; attempt++) {
			DemoItem a = work.get(random.nextInt(work.size()));
			DemoItem b = work.get(random.nextInt(work.size()));
			if (a.teamKey().equals(b.teamKey()) || !a.productKey().equals(b.productKey())) {
				continue;
			}
			boolean blocks = random.nextDouble() < 0.8;
			boolean aFirst = position.get(a.ref()) < position.get(b.ref());
			DemoItem prerequisite = blocks && !aFirst ? b : a;
			DemoItem dependent = prerequisite == a ? b : a;
			if (!pairs.add(key(a, b)) || !pairs.add(key(b, a))) {
				continue;
			}
			dependencies.add(new DemoDependency(dependent.ref(), prerequisite.ref(), blocks ? "BLOCKS" : "RELATES",
					neededBy(dependent, products, anchor), note(dependent, prerequisite, blocks), status()));
		}
		return dependencies;
	}

	private Map<String, Double> positions(List<DemoItem> items) {
		Map<String, List<DemoItem>> byProduct = new HashMap<>();
		items.forEach(item -> byProduct.computeIfAbsent(item.productKey(), key -> new ArrayList<>()).add(item));
		Map<String, Double> position = new HashMap<>();
		for (List<DemoItem> backlog : byProduct.values()) {
			for (int rank = 0; rank < backlog.size(); rank++) {
				double noise = random.nextGaussian() * 0.04;
				position.put(backlog.get(rank).ref(), rank / (double) backlog.size() + noise + rank * 1e-9);
			}
		}
		return position;
	}

	/** One to eight periods after the anchor: dependencies are about the coming work. */
	private LocalDate neededBy(DemoItem dependent, List<DemoProduct> products, LocalDate anchor) {
		DemoProduct product = products.stream().filter(p -> p.key().equals(dependent.productKey())).findFirst().orElseThrow();
		int periodDays = product.sprintLengthDays() != null ? product.sprintLengthDays() : product.releaseLengthDays();
		return anchor.plusDays((long) periodDays * (1 + random.nextInt(8)));
	}

	/** Most dependencies have been acknowledged by the prerequisite's team, the rest are new. */
	private String status() {
		return random.nextDouble() < 0.6 ? "ACKNOWLEDGED" : "IDENTIFIED";
	}

	private static String note(DemoItem dependent, DemoItem prerequisite, boolean blocks) {
		return blocks
				? "%s cannot finish \"%s\" before %s delivers \"%s\"".formatted(dependent.teamKey(), dependent.title(),
						prerequisite.teamKey(), prerequisite.title())
				: "%s and %s should refine these together".formatted(dependent.teamKey(), prerequisite.teamKey());
	}

	private static String key(DemoItem from, DemoItem to) {
		return from.ref() + ">" + to.ref();
	}

}
