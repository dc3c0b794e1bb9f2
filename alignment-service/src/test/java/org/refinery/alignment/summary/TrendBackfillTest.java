package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemDates;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.LinkPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.summary.BacklogAlignmentTest.goal;
import static org.refinery.alignment.summary.BacklogAlignmentTest.link;

/**
 * Ten days, 1 to 10 January. A (3) is open from the 3rd until done on the 6th, linked since before
 * it existed; B (5) is open throughout, linked from the 5th until just after midnight of the 8th;
 * C (1) has no dates (read before dates were kept) and counts from the first day; D (7) was done at
 * an unknown time and cannot be placed; Q (2), created on the 9th, is the child of epic P (100,
 * linked), so P does not count and Q is aligned through it. A link to a retired goal counts never.
 */
class TrendBackfillTest {

	static final LocalDate FIRST = LocalDate.parse("2026-01-01");

	static final Goal ACTIVE = goal(GoalLevel.OBJECTIVE, null, null, "Grow", GoalStatus.ACTIVE, null);

	static final Goal RETIRED = goal(GoalLevel.OBJECTIVE, null, null, "Old", GoalStatus.RETIRED, null);

	static final BacklogItem A = item("A", "3", ItemStatus.DONE, null, "2026-01-03T10:00:00Z", "2026-01-06T09:00:00Z");

	static final BacklogItem B = item("B", "5", ItemStatus.READY, null, "2025-12-01T00:00:00Z", null);

	static final BacklogItem C = item("C", "1", ItemStatus.DRAFT, null, null, null);

	static final BacklogItem D = item("D", "7", ItemStatus.DONE, null, null, null);

	static final BacklogItem P = item("P", "100", ItemStatus.IN_PROGRESS, null, "2025-11-01T00:00:00Z", null);

	static final BacklogItem Q = item("Q", "2", ItemStatus.READY, P, "2026-01-09T08:00:00Z", null);

	final List<Snapshot> days = new TrendBackfill(List.of(ACTIVE, RETIRED), List.of(
			period(A, ACTIVE, "2025-12-31T00:00:00Z", null), period(B, ACTIVE, "2026-01-05T12:00:00Z",
					"2026-01-08T00:30:00Z"), period(P, ACTIVE, "2025-12-01T00:00:00Z", null),
			period(C, RETIRED, "2025-12-01T00:00:00Z", null)))
		.days("PAY", List.of(A, B, C, D, P, Q), FIRST, FIRST.plusDays(9));

	@Test
	void oneBackfilledPointADayOverTheWholeWindow() {
		assertThat(days).hasSize(10);
		assertThat(days).extracting(Snapshot::day).startsWith(FIRST).endsWith(FIRST.plusDays(9));
		assertThat(days).allSatisfy(day -> assertThat(day.backfilled()).isTrue());
	}

	@Test
	void workCountsOnTheDaysBetweenItsCreationAndItsClosing() {
		assertThat(days).extracting(Snapshot::items).containsExactly(2, 2, 3, 3, 3, 2, 2, 2, 3, 3);
		assertThat(days).extracting(Snapshot::effort).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(decimals(6, 6, 9, 9, 9, 6, 6, 6, 8, 8));
	}

	@Test
	void workIsAlignedOnTheDaysALinkHeldForItItsOwnOrItsParents() {
		assertThat(days).extracting(Snapshot::alignedItems).containsExactly(0, 0, 1, 1, 2, 1, 1, 0, 1, 1);
		assertThat(days).extracting(Snapshot::alignedEffort).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(decimals(0, 0, 3, 3, 8, 5, 5, 0, 2, 2));
	}

	@Test
	void aRemovedLinkWithoutARemovalDateCountsNever() {
		var link = link(B, ACTIVE, "1");
		var removed = new LinkPeriod(new org.refinery.alignment.link.Link(link.id(), link.itemId(), link.goalId(),
				link.productId(), link.productKey(), link.rationale(), link.contributionWeight(), false, 2),
				Instant.parse("2025-12-01T00:00:00Z"), null);

		var undated = new TrendBackfill(List.of(ACTIVE), List.of(removed)).days("PAY", List.of(B), FIRST, FIRST);

		assertThat(undated.getFirst().alignedItems()).isZero();
	}

	static LinkPeriod period(BacklogItem item, Goal goal, String from, String until) {
		return new LinkPeriod(link(item, goal, "1"), Instant.parse(from), until == null ? null : Instant.parse(until));
	}

	static BacklogItem item(String key, String estimate, ItemStatus status, BacklogItem parent, String created,
			String closed) {
		return new BacklogItem(UUID.randomUUID(), UUID.randomUUID(), "PAY", key, "Item " + key, "PAY-A",
				new BigDecimal(estimate), status, key, 1, parent == null ? null : parent.id(),
				new ItemDates(created == null ? null : Instant.parse(created), closed == null ? null : Instant.parse(closed)));
	}

	static BigDecimal[] decimals(int... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
	}

}
