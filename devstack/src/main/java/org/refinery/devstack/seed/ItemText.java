package org.refinery.devstack.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Titles, descriptions and acceptance criteria built from a product's vocabulary. */
final class ItemText {

	private static final List<String> CRITERIA = List.of("Covered by automated tests at the API level",
			"The audit log records who changed what and when", "Works in EUR, GBP, PLN and USD",
			"Error messages follow the content style guide", "p95 latency stays below 300 ms under normal load",
			"Rolled out behind a feature flag", "Usable with a keyboard and a screen reader",
			"Dashboards and alerts exist before release", "Documented in the public API reference");

	private final Random random;

	ItemText(Random random) {
		this.random = random;
	}

	record Title(String type, String text) {
	}

	/** Unique titles: about 70% stories, 15% enablers and 15% defects, shuffled. */
	List<Title> workTitles(Vocabulary vocabulary, int count) {
		int enablers = count * 15 / 100;
		int defects = count * 15 / 100;
		var titles = new ArrayList<Title>();
		titles.addAll(combine("STORY", vocabulary.capabilities(), vocabulary.qualifiers(), count - enablers - defects));
		titles.addAll(combine("ENABLER", vocabulary.enablers(), List.of("", "(step 2)", "(step 3)"), enablers));
		titles.addAll(combine("DEFECT", vocabulary.defects(), List.of("", "on mobile", "after a retry"), defects));
		Collections.shuffle(titles, random);
		return titles;
	}

	String description(String title, Vocabulary vocabulary) {
		String benefit = vocabulary.benefits().get(random.nextInt(vocabulary.benefits().size()));
		return "%s, so that %s.".formatted(title, benefit);
	}

	List<String> criteria(int count) {
		var shuffled = new ArrayList<>(CRITERIA);
		Collections.shuffle(shuffled, random);
		return List.copyOf(shuffled.subList(0, count));
	}

	private List<Title> combine(String type, List<String> phrases, List<String> qualifiers, int count) {
		var all = new ArrayList<Title>();
		for (String phrase : phrases) {
			for (String qualifier : qualifiers) {
				all.add(new Title(type, (phrase + " " + qualifier).strip()));
			}
		}
		if (all.size() < count) {
			throw new IllegalStateException("Not enough " + type + " titles: " + all.size() + " < " + count);
		}
		Collections.shuffle(all, random);
		return all.subList(0, count);
	}

}
