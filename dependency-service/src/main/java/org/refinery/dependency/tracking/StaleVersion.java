package org.refinery.dependency.tracking;

/** The caller changed a dependency from an outdated version (answered 412 with the current one). */
public class StaleVersion extends RuntimeException {

	private final long current;

	public StaleVersion(long expected, long current) {
		super("The dependency is at version " + current + ", not " + expected + "; reload it and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
