package org.refinery.backlog.session;

/** The caller changed a session from an outdated version (answered 412 with the current one). */
public class StaleSession extends RuntimeException {

	private final long current;

	public StaleSession(long expected, long current) {
		super("The session is at version " + current + ", not " + expected + "; reload it and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
