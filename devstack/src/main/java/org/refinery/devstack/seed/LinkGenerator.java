package org.refinery.devstack.seed;

import org.refinery.devstack.seed.Vocabulary.Epic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Item-to-goal links: every epic and feature serves its epic's product goal; most stories and
 * enablers inherit that link, some work stays unaligned, as it does in real backlogs.
 */
final class LinkGenerator {

	private static final double ALIGNED_SHARE = 0.6;

	private final Random random;

	LinkGenerator(Random random) {
		this.random = random;
	}

	List<DemoLink> generate(List<Vocabulary> vocabularies, List<DemoItem> items) {
		Map<String, String> goalOfEpicTitle = new HashMap<>();
		for (Vocabulary vocabulary : vocabularies) {
			for (Epic epic : vocabulary.epics()) {
				goalOfEpicTitle.put(vocabulary.productKey() + "/" + epic.title(), epic.goalRef());
			}
		}
		Map<String, DemoItem> byRef = new HashMap<>();
		items.forEach(item -> byRef.put(item.ref(), item));
		var links = new ArrayList<DemoLink>();
		for (DemoItem item : items) {
			if (item.status() == ItemStatus.REMOVED || "DEFECT".equals(item.type())) {
				continue;
			}
			DemoItem epic = item;
			while (epic.parentRef() != null) {
				epic = byRef.get(epic.parentRef());
			}
			String goal = goalOfEpicTitle.get(item.productKey() + "/" + epic.title());
			boolean container = "EPIC".equals(item.type()) || "FEATURE".equals(item.type());
			if (goal != null && (container || random.nextDouble() < ALIGNED_SHARE)) {
				links.add(new DemoLink(item.ref(), goal, container ? "Delivers \"" + epic.title() + "\""
						: "Part of \"" + epic.title() + "\""));
			}
		}
		return links;
	}

}
