package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team's READY items in rank order, as a planning meeting reads them: how many points have
 * accumulated down to each item, in which coming period that item falls at the team's median
 * throughput, and which of its prerequisites are still open. The median, not the mean, because
 * one heroic or disastrous period should not move a plan (as in the refinement-health score).
 *
 * @param more whether the team has more READY items than were listed
 */
public record ReadyForPlanning(String teamKey, Throughput throughput, List<Entry> items, BigDecimal readyPoints,
		int unestimated, boolean more) {

	public ReadyForPlanning {
		items = List.copyOf(items);
	}

	/** Builds the view from the ready items in rank order and the open prerequisites of each. */
	public static ReadyForPlanning of(String teamKey, Throughput throughput, List<Item> ready,
			Map<UUID, List<Prerequisite>> openPrerequisites, boolean more) {
		BigDecimal cumulative = BigDecimal.ZERO;
		int unestimated = 0;
		List<Entry> entries = new ArrayList<>();
		for (Item item : ready) {
			Integer period = null;
			if (item.estimate() == null) {
				unestimated++;
			}
			else {
				cumulative = cumulative.add(item.estimate());
				period = throughput.periodOf(cumulative);
			}
			entries.add(new Entry(item, cumulative, period, openPrerequisites.getOrDefault(item.id(), List.of())));
		}
		return new ReadyForPlanning(teamKey, throughput, entries, cumulative, unestimated, more);
	}

	/**
	 * One READY item.
	 *
	 * @param cumulativeEstimate points of this and every listed item above it
	 * @param period the coming period (1 = the next) this item ends in at median throughput; null
	 * when the item has no estimate or the team finished nothing recently
	 */
	public record Entry(Item item, BigDecimal cumulativeEstimate, Integer period,
			List<Prerequisite> openPrerequisites) {

		public Entry {
			openPrerequisites = List.copyOf(openPrerequisites);
		}

	}

	/** An open BLOCKS dependency's prerequisite, as this service last heard of it; key null if unknown here. */
	public record Prerequisite(UUID itemId, String key, String title, ItemStatus status) {
	}

	/**
	 * Points a team finished in each of its last completed periods, oldest first, and how many
	 * items; the periods are the product's Sprints or Releases.
	 */
	public record Throughput(int periodLengthDays, List<BigDecimal> pointsPerPeriod, List<Long> itemsPerPeriod) {

		public Throughput {
			pointsPerPeriod = List.copyOf(pointsPerPeriod);
			itemsPerPeriod = List.copyOf(itemsPerPeriod);
		}

		public BigDecimal medianPoints() {
			if (pointsPerPeriod.isEmpty()) {
				return BigDecimal.ZERO;
			}
			List<BigDecimal> sorted = pointsPerPeriod.stream().sorted().toList();
			int middle = sorted.size() / 2;
			return sorted.size() % 2 == 1 ? sorted.get(middle)
					: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
		}

		/** The coming period that {@code cumulative} points reach into; null without throughput. */
		Integer periodOf(BigDecimal cumulative) {
			BigDecimal median = medianPoints();
			if (median.signum() == 0) {
				return null;
			}
			return Math.max(1, cumulative.divide(median, 0, RoundingMode.CEILING).intValue());
		}

	}

}
