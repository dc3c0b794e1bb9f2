package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.ItemType;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.forecast.forecast.ForecastInputsTest.SCRUM;
import static org.refinery.forecast.forecast.ForecastInputsTest.TODAY;
import static org.refinery.forecast.forecast.ForecastInputsTest.request;
import static org.refinery.forecast.forecast.ForecastInputsTest.team;
import static org.refinery.forecast.forecast.TeamHistoryTest.sprints;

/** Epics not broken down yet, on a team that delivers 2 items (4 points) every Sprint. */
class BreakdownTest {

	@Test
	void anEpicNotBrokenDownCountsAsTheMedianChildrenOfTheProductsCompletedEpicsAndSaysSo() {
		List<BacklogItem> items = new ArrayList<>();
		completedEpic(items, ItemType.EPIC, 3);
		completedEpic(items, ItemType.FEATURE, 6);
		completedEpic(items, ItemType.EPIC, 4);
		completedEpic(items, ItemType.STORY, 9);
		BacklogItem whole = item("z", ItemType.EPIC, ItemStatus.READY, null, 13);
		items.add(whole);

		ForecastInputs inputs = inputs(items, Mode.COUNT);
		Outcome outcome = MonteCarlo.run(inputs.scenario(), 10, new SplittableRandom(1));

		assertThat(outcome.items().getLast().p95()).isEqualTo(2);
		assertThat(inputs.notes()).containsOnlyKeys(whole.id());
		assertThat(inputs.notes().get(whole.id()))
			.isEqualTo("not broken down yet: counts as 4 item(s), the median children of the product's 3 completed "
					+ "epic(s) and feature(s)");
	}

	@Test
	void withoutACompletedEpicItCountsAsTheConfiguredDefault() {
		BacklogItem whole = item("z", ItemType.FEATURE, ItemStatus.READY, null, 13);

		ForecastInputs inputs = inputs(List.of(whole), Mode.COUNT);
		Outcome outcome = MonteCarlo.run(inputs.scenario(), 10, new SplittableRandom(1));

		assertThat(outcome.items().getFirst().p95()).isEqualTo(3);
		assertThat(inputs.notes().get(whole.id())).startsWith("not broken down yet: counts as 5 item(s), the configured default");
	}

	@Test
	void inPointsModeItCountsAsItsEstimateAndAnEpicWithChildrenAsItsChildren() {
		BacklogItem whole = item("a", ItemType.EPIC, ItemStatus.READY, null, 13);
		BacklogItem split = item("b", ItemType.EPIC, ItemStatus.READY, null, 40);
		BacklogItem child = item("c", ItemType.STORY, ItemStatus.READY, split.id(), 1);

		ForecastInputs inputs = inputs(List.of(whole, split, child), Mode.POINTS);
		Outcome outcome = MonteCarlo.run(inputs.scenario(), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(o -> o.p95()).containsExactly(4, 4, 4);
		assertThat(inputs.notes()).containsOnlyKeys(whole.id());
		assertThat(inputs.notes().get(whole.id())).isEqualTo("not broken down yet: counts as its estimate, 13 point(s)");
	}

	private static ForecastInputs inputs(List<BacklogItem> items, Mode mode) {
		return ForecastInputs.of(SCRUM, List.of(team("PAY-A")), items, List.of(), t -> sprints(3, 2),
				request(mode, List.of()), TODAY, 5);
	}

	/** A done epic of that kind with {@code children} done children. */
	private static void completedEpic(List<BacklogItem> items, ItemType type, int children) {
		BacklogItem epic = item("e" + items.size(), type, ItemStatus.DONE, null, null);
		items.add(epic);
		for (int i = 0; i < children; i++) {
			items.add(item("e" + items.size(), ItemType.STORY, ItemStatus.DONE, epic.id(), 1));
		}
	}

	private static BacklogItem item(String rank, ItemType type, ItemStatus status, UUID parent, Integer estimate) {
		return new BacklogItem(UUID.randomUUID(), SCRUM.id(), "PAY", "PAY-" + rank, "PAY-A", status,
				estimate == null ? null : BigDecimal.valueOf(estimate), rank, parent,
				status == ItemStatus.DONE ? Instant.parse("2026-01-06T10:00:00Z") : null, 1, type);
	}

}
