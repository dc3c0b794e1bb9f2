package org.refinery.backlog.member;

/** The caller changed a product's people from an outdated membership version (answered 412). */
public class MembershipStale extends RuntimeException {

	private final long current;

	public MembershipStale(long expected, long current) {
		super("The people of the product are at version " + current + ", not " + expected
				+ "; reload them and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
