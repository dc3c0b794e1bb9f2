package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;

import java.util.List;

/**
 * Which items count. {@code OPEN}: every item neither DONE nor REMOVED. {@code TOP}: the first
 * {@code n} open items by rank, what the next refinement sessions will look at.
 */
public record Scope(Kind kind, int n) {

	public enum Kind {

		TOP, OPEN

	}

	public Scope {
		if (kind == Kind.TOP && (n < 1 || n > 10_000)) {
			throw new IllegalArgumentException("n must be between 1 and 10000, was " + n);
		}
		n = kind == Kind.OPEN ? 0 : n;
	}

	public static Scope open() {
		return new Scope(Kind.OPEN, 0);
	}

	public static Scope top(int n) {
		return new Scope(Kind.TOP, n);
	}

	/** The items in scope, keeping the given (rank) order. */
	public List<BacklogItem> select(List<BacklogItem> itemsByRank) {
		var open = itemsByRank.stream().filter(item -> item.status().isOpen());
		return (kind == Kind.TOP ? open.limit(n) : open).toList();
	}

}
