package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.LinkPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A product's daily open-scope figures for past days, computed from what the read model knows
 * of its history, as the daily snapshot would have measured them at the end of each day (UTC).
 * A piece of work (a leaf today) counts on day {@code d} when it was created on or before
 * {@code d} and closed (done or removed) after it; it is aligned on {@code d} when a link holding
 * for it (its own or an ancestor's, to a goal ACTIVE today) was made on or before {@code d} and
 * removed after it. What the read model does not keep is taken as it is today: estimates (and so
 * the median for unestimated work), the parent structure and goal statuses. Work without a
 * creation date counts from the first day; closed work without a closing date, and removed links
 * without a removal date, are left out, as they cannot be placed in time.
 */
public final class TrendBackfill {

	private final Set<UUID> activeGoals;

	private final Map<UUID, List<LinkPeriod>> periodsByItem;

	public TrendBackfill(Collection<Goal> goals, Collection<LinkPeriod> periods) {
		this.activeGoals = goals.stream()
			.filter(goal -> goal.status() == GoalStatus.ACTIVE)
			.map(Goal::id)
			.collect(Collectors.toSet());
		this.periodsByItem = periods.stream()
			.filter(period -> period.known() && activeGoals.contains(period.link().goalId()))
			.collect(Collectors.groupingBy(period -> period.link().itemId()));
	}

	/** One back-filled snapshot per day from {@code first} to {@code last}, both included. */
	public List<Snapshot> days(String productKey, List<BacklogItem> productItems, LocalDate first, LocalDate last) {
		WorkBreakdown breakdown = WorkBreakdown.of(productItems);
		List<BacklogItem> work = breakdown.leaves(productItems);
		Effort effort = Effort.of(work);
		DailySums sums = new DailySums(first, last);
		for (BacklogItem item : work) {
			Span open = openSpan(item, sums);
			if (open == null || open.isEmpty()) {
				continue;
			}
			sums.addOpen(open, effort.of(item));
			for (Span aligned : Span.union(alignedSpans(item, breakdown, sums))) {
				sums.addAligned(aligned.intersect(open), effort.of(item));
			}
		}
		return sums.snapshots(productKey);
	}

	/** The days the item was open work, or {@code null} when closed at an unknown time. */
	private static Span openSpan(BacklogItem item, DailySums sums) {
		Instant created = item.dates().created();
		Instant closed = item.dates().closed();
		if (!item.status().isOpen() && closed == null) {
			return null;
		}
		return new Span(created == null ? 0 : sums.index(day(created)),
				closed == null ? sums.length() : sums.index(day(closed)));
	}

	private List<Span> alignedSpans(BacklogItem item, WorkBreakdown breakdown, DailySums sums) {
		List<Span> spans = new ArrayList<>();
		List<UUID> holders = new ArrayList<>(breakdown.ancestorsOf(item));
		holders.addFirst(item.id());
		for (UUID holder : holders) {
			for (LinkPeriod period : periodsByItem.getOrDefault(holder, List.of())) {
				spans.add(new Span(sums.index(day(period.linkedAt())),
						period.unlinkedAt() == null ? sums.length() : sums.index(day(period.unlinkedAt()))));
			}
		}
		return spans;
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
