package org.refinery.alignment.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Days {@code from} (included) until {@code until} (excluded), as indexes into a window of days. */
record Span(int from, int until) {

	boolean isEmpty() {
		return until <= from;
	}

	Span intersect(Span other) {
		return new Span(Math.max(from, other.from), Math.min(until, other.until));
	}

	/** The same days as {@code spans}, as non-overlapping spans in order, so that no day counts twice. */
	static List<Span> union(List<Span> spans) {
		List<Span> sorted = spans.stream().filter(span -> !span.isEmpty())
			.sorted(Comparator.comparingInt(Span::from)).toList();
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.getLast();
			if (last != null && span.from() <= last.until()) {
				merged.set(merged.size() - 1, new Span(last.from(), Math.max(last.until(), span.until())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

}
