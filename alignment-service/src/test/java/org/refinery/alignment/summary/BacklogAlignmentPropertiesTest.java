package org.refinery.alignment.summary;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemDates;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that hold for any backlog: random forests of epics and stories, teams, estimates, statuses and links. */
class BacklogAlignmentPropertiesTest {

	static final Goal OBJECTIVE = BacklogAlignmentTest.goal(GoalLevel.OBJECTIVE, null, null, "Grow",
			GoalStatus.ACTIVE, null);

	static final Goal THEME = BacklogAlignmentTest.goal(GoalLevel.THEME, OBJECTIVE, null, "Pay", GoalStatus.ACTIVE,
			"0.5");

	static final List<Goal> GOALS = List.of(OBJECTIVE, THEME,
			BacklogAlignmentTest.goal(GoalLevel.PRODUCT_GOAL, THEME, "PAY", "A", GoalStatus.ACTIVE, "0.3"),
			BacklogAlignmentTest.goal(GoalLevel.PRODUCT_GOAL, THEME, "PAY", "B", GoalStatus.RETIRED, null));

	@Property(tries = 300)
	void effortAndItemsByTeamAddUpToTheProductsTotal(@ForAll("backlogs") Backlog backlog) {
		AlignmentSummary summary = backlog.alignment().summarize("PAY", backlog.items(), Scope.open());

		BigDecimal byTeam = summary.perTeam().values().stream().map(Ratio::effort)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal alignedByTeam = summary.perTeam().values().stream().map(Ratio::alignedEffort)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(byTeam).isEqualByComparingTo(summary.overall().effort());
		assertThat(alignedByTeam).isEqualByComparingTo(summary.overall().alignedEffort());
		assertThat(summary.perTeam().values().stream().mapToInt(Ratio::items).sum())
			.isEqualTo(summary.overall().items());
	}

	@Property(tries = 300)
	void theTotalIsTheEffortOfTheOpenLeavesSoNoWorkCountsTwice(@ForAll("backlogs") Backlog backlog) {
		AlignmentSummary summary = backlog.alignment().summarize("PAY", backlog.items(), Scope.open());
		var breakdown = WorkBreakdown.of(backlog.items());
		Effort effort = Effort.of(breakdown.leaves(backlog.items()));

		BigDecimal leaves = breakdown.leaves(backlog.items()).stream().filter(item -> item.status().isOpen())
			.map(effort::of).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(summary.overall().effort()).isEqualByComparingTo(leaves);
	}

	@Provide
	Arbitrary<Backlog> backlogs() {
		Arbitrary<Integer> parents = Arbitraries.integers().between(-1, 40);
		Arbitrary<String> teams = Arbitraries.of("PAY-A", "PAY-B", "PAY-C", "");
		Arbitrary<Integer> estimates = Arbitraries.integers().between(0, 21);
		Arbitrary<ItemStatus> statuses = Arbitraries.of(ItemStatus.class);
		Arbitrary<Integer> links = Arbitraries.integers().between(0, 3);
		Arbitrary<Row> row = Combinators.combine(parents, teams, estimates, statuses, links).as(Row::new);
		return row.list().ofMinSize(0).ofMaxSize(40).map(BacklogAlignmentPropertiesTest::backlog);
	}

	static Backlog backlog(List<Row> rows) {
		List<BacklogItem> items = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			// a parent earlier in the list, so the generated hierarchy is a forest
			UUID parent = row.parent() >= 0 && row.parent() < i ? items.get(row.parent()).id() : null;
			BacklogItem item = new BacklogItem(UUID.randomUUID(), UUID.randomUUID(), "PAY", "PAY-" + i, "Item",
					row.team().isEmpty() ? null : row.team(), row.estimate() == 0 ? null : BigDecimal.valueOf(row.estimate()),
					row.status(), "%03d".formatted(i), 1, parent, ItemDates.UNKNOWN);
			items.add(item);
			if (row.link() > 0) {
				links.add(BacklogAlignmentTest.link(item, GOALS.get(row.link()), row.link() == 1 ? "0.5" : "1"));
			}
		}
		return new Backlog(items, new BacklogAlignment(GOALS, links));
	}

	record Row(int parent, String team, int estimate, ItemStatus status, int link) {
	}

	record Backlog(List<BacklogItem> items, BacklogAlignment alignment) {
	}

}
