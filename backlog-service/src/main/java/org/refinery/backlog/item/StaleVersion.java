package org.refinery.backlog.item;

/** The caller changed an item from an outdated version (answered 412 with the current one). */
public class StaleVersion extends RuntimeException {

	private final long current;

	public StaleVersion(long expected, long current) {
		super("The item is at version " + current + ", not " + expected + "; reload it and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
