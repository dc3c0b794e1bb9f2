package org.refinery.alignment.goal;

/** The caller changed something from an outdated version (answered 412 with the current one). */
public class StaleVersion extends RuntimeException {

	private final long current;

	public StaleVersion(String what, long expected, long current) {
		super("The " + what + " is at version " + current + ", not " + expected + "; reload it and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
