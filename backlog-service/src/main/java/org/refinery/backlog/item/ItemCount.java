package org.refinery.backlog.item;

/**
 * How many items a query of the backlog selects. Counting every match on every page costs what
 * reading them all costs (hundreds of milliseconds for a common word in a 200,000-item backlog),
 * so a count may stop at a cap: {@code lowerBound} then says that more items match than
 * {@code count}, which is the cap.
 *
 * @param count how many items match, or the cap when more match
 * @param lowerBound whether counting stopped at the cap: more than {@code count} items match
 */
public record ItemCount(long count, boolean lowerBound) {

	public static ItemCount exactly(long count) {
		return new ItemCount(count, false);
	}

	public static ItemCount moreThan(long cap) {
		return new ItemCount(cap, true);
	}

}
