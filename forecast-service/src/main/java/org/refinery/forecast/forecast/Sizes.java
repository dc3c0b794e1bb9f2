package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How much work each item is for the engine: one in COUNT mode, its estimate in POINTS mode (the
 * median estimate when it has none, which the forecast warns about), and for an epic or feature
 * not broken down yet what {@link Breakdown} says, noted per item so the answer can say so.
 */
final class Sizes {

	private final Mode mode;

	private final double medianEstimate;

	private final Breakdown breakdown;

	private final Set<UUID> parents = new HashSet<>();

	private final Map<UUID, String> notes = new HashMap<>();

	Sizes(List<BacklogItem> items, Mode mode, int defaultChildren) {
		this.mode = mode;
		this.medianEstimate = medianEstimate(items);
		this.breakdown = Breakdown.of(items, defaultChildren);
		items.forEach(item -> parents.add(item.parentId()));
	}

	double of(BacklogItem item) {
		double size = mode == Mode.COUNT ? 1 : item.estimate() == null ? medianEstimate : item.estimate().doubleValue();
		if (item.breaksDown() && item.status() != ItemStatus.DONE && !parents.contains(item.id())) {
			size = mode == Mode.COUNT ? breakdown.typicalChildren() : size;
			notes.put(item.id(), breakdown.note(mode, size, item.estimate() != null));
		}
		return size;
	}

	/** Per item sized by an assumption rather than itself: the assumption in words. */
	Map<UUID, String> notes() {
		return Map.copyOf(notes);
	}

	/** The warning about unestimated items in POINTS mode, if any. */
	List<String> warnings(List<BacklogItem> items) {
		long unestimated = mode == Mode.POINTS ? items.stream().filter(i -> i.estimate() == null).count() : 0;
		return unestimated == 0 ? List.of()
				: List.of(unestimated + " item(s) without an estimate count as the median estimate, " + medianEstimate);
	}

	private static double medianEstimate(List<BacklogItem> items) {
		List<BigDecimal> estimates = items.stream().map(BacklogItem::estimate).filter(e -> e != null).sorted().toList();
		return estimates.isEmpty() ? 1 : estimates.get(estimates.size() / 2).doubleValue();
	}

}
