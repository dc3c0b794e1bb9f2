package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How an epic or feature not broken down yet (open, without children) counts: in COUNT mode as
 * the product's typical number of children, the median over its completed epics and features
 * that had any (one completed without children was delivered whole and says nothing about
 * breaking down), or {@code defaultChildren} while none has completed; in POINTS mode as its own
 * estimate, as any item. Counting it as one item would promise it far too early.
 */
record Breakdown(double typicalChildren, String basis) {

	static Breakdown of(List<BacklogItem> items, int defaultChildren) {
		Map<UUID, Integer> children = new HashMap<>();
		items.stream().filter(i -> i.parentId() != null).forEach(i -> children.merge(i.parentId(), 1, Integer::sum));
		List<Integer> counts = items.stream()
			.filter(i -> i.breaksDown() && i.status() == ItemStatus.DONE && children.containsKey(i.id()))
			.map(i -> children.get(i.id()))
			.sorted()
			.toList();
		if (counts.isEmpty()) {
			return new Breakdown(defaultChildren, "the configured default, no epic or feature of the product "
					+ "having been completed yet");
		}
		int middle = counts.size() / 2;
		double median = counts.size() % 2 == 1 ? counts.get(middle) : (counts.get(middle - 1) + counts.get(middle)) / 2.0;
		return new Breakdown(median, "the median children of the product's " + counts.size()
				+ " completed epic(s) and feature(s)");
	}

	/** What the answer says about an item not broken down yet, counted as {@code size}. */
	String note(Mode mode, double size, boolean estimated) {
		if (mode == Mode.POINTS) {
			return "not broken down yet: counts as " + (estimated ? "its estimate, " : "the median estimate, ")
					+ format(size) + " point(s)";
		}
		return "not broken down yet: counts as " + format(size) + " item(s), " + basis;
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
