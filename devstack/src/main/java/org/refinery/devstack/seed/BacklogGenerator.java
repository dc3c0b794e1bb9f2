package org.refinery.devstack.seed;

import org.refinery.devstack.seed.Vocabulary.Epic;
import org.refinery.devstack.seed.Vocabulary.Feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One product's backlog in rank order: its epics and features, then stories, enablers and
 * defects whose states follow the rank (done work on top, drafts at the bottom) as in a backlog
 * that has been refined for a while.
 */
final class BacklogGenerator {

	private static final int[] POINTS = { 1, 2, 3, 3, 5, 5, 5, 8, 8, 13 };

	private final Random random;

	private final ItemText text;

	BacklogGenerator(Random random) {
		this.random = random;
		this.text = new ItemText(random);
	}

	List<DemoItem> generate(Vocabulary vocabulary, List<DemoTeam> teams, int size) {
		var items = new ArrayList<DemoItem>();
		var features = new ArrayList<DemoItem>();
		String product = vocabulary.productKey();
		for (int e = 0; e < vocabulary.epics().size(); e++) {
			Epic epic = vocabulary.epics().get(e);
			var featureTeams = epic.features().stream().map(Feature::teamKey).distinct().toList();
			String epicRef = ref(product, items.size());
			items.add(new DemoItem(epicRef, product, "EPIC", epic.title(), text.description(epic.title(), vocabulary),
					text.criteria(3), 60 + 20 * random.nextInt(4), featureTeams.getFirst(),
					featureTeams.subList(1, featureTeams.size()), null,
					e < 3 ? ItemStatus.IN_PROGRESS : ItemStatus.READY, null));
		}
		for (int e = 0; e < vocabulary.epics().size(); e++) {
			Epic epic = vocabulary.epics().get(e);
			for (int f = 0; f < epic.features().size(); f++) {
				Feature feature = epic.features().get(f);
				ItemStatus status = f == 0 ? ItemStatus.IN_PROGRESS : (e < 2 ? ItemStatus.READY : ItemStatus.IN_REFINEMENT);
				var item = new DemoItem(ref(product, items.size()), product, "FEATURE", feature.title(),
						text.description(feature.title(), vocabulary), text.criteria(3), 13 + 8 * random.nextInt(4),
						feature.teamKey(), List.of(), items.get(e).ref(), status, null);
				items.add(item);
				features.add(item);
			}
		}
		var titles = text.workTitles(vocabulary, size - items.size());
		for (int i = 0; i < titles.size(); i++) {
			items.add(workItem(ref(product, items.size()), titles.get(i), vocabulary, features, teams,
					stateAt(i / (double) titles.size())));
		}
		return removeSome(items, 3);
	}

	private DemoItem workItem(String ref, ItemText.Title title, Vocabulary vocabulary, List<DemoItem> features,
			List<DemoTeam> teams, ItemStatus status) {
		DemoItem feature = features.get(random.nextInt(features.size()));
		String team = random.nextDouble() < 0.8 ? feature.teamKey() : teams.get(random.nextInt(teams.size())).key();
		List<String> contributing = new ArrayList<>();
		if (random.nextDouble() < 0.15) {
			teams.stream().map(DemoTeam::key).filter(key -> !key.equals(team)).skip(random.nextInt(teams.size() - 1))
				.findFirst().ifPresent(contributing::add);
		}
		boolean refined = status.ordinal() >= ItemStatus.READY.ordinal();
		boolean estimated = refined || (status == ItemStatus.IN_REFINEMENT && random.nextBoolean());
		Integer estimate = estimated ? ("DEFECT".equals(title.type()) ? 1 + random.nextInt(3) : POINTS[random.nextInt(POINTS.length)]) : null;
		int criteria = refined ? 2 + random.nextInt(3) : status == ItemStatus.IN_REFINEMENT ? random.nextInt(3) : 0;
		return new DemoItem(ref, vocabulary.productKey(), title.type(), title.text(),
				text.description(title.text(), vocabulary), text.criteria(criteria), estimate, team, contributing,
				feature.ref(), status, null);
	}

	/** Done work on top, then work in flight, planned, ready, in refinement and drafts. */
	private static ItemStatus stateAt(double position) {
		if (position < 0.45) {
			return ItemStatus.DONE;
		}
		if (position < 0.51) {
			return ItemStatus.IN_PROGRESS;
		}
		if (position < 0.57) {
			return ItemStatus.PLANNED;
		}
		if (position < 0.72) {
			return ItemStatus.READY;
		}
		return position < 0.86 ? ItemStatus.IN_REFINEMENT : ItemStatus.DRAFT;
	}

	/** A few open stories were removed during refinement, with a reason. */
	private List<DemoItem> removeSome(List<DemoItem> items, int count) {
		var candidates = new ArrayList<Integer>();
		for (int i = 0; i < items.size(); i++) {
			DemoItem item = items.get(i);
			if ("STORY".equals(item.type()) && item.status() != ItemStatus.DONE && item.status() != ItemStatus.IN_PROGRESS) {
				candidates.add(i);
			}
		}
		Collections.shuffle(candidates, random);
		for (int index : candidates.subList(0, Math.min(count, candidates.size()))) {
			DemoItem item = items.get(index);
			items.set(index, new DemoItem(item.ref(), item.productKey(), item.type(), item.title(), item.description(),
					item.acceptanceCriteria(), item.estimate(), item.teamKey(), item.contributingTeamKeys(),
					item.parentRef(), ItemStatus.REMOVED, "Superseded after the refinement session: covered by "
							+ items.get(index - 1).title().toLowerCase()));
		}
		return items;
	}

	private static String ref(String product, int index) {
		return product + "-" + (index + 1);
	}

}
