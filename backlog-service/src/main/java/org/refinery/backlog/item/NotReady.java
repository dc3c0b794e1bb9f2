package org.refinery.backlog.item;

/** The Definition of Ready does not hold, so the item cannot be READY (answered 422). */
public class NotReady extends RuntimeException {

	private final Readiness readiness;

	public NotReady(Readiness readiness) {
		super("The item does not meet the Definition of Ready: " + readiness.failing().stream()
			.map(Readiness.RuleResult::reason)
			.toList());
		this.readiness = readiness;
	}

	public Readiness readiness() {
		return readiness;
	}

}
