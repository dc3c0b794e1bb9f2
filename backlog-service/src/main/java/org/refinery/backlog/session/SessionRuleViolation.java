package org.refinery.backlog.session;

/** A session command that breaks a rule of sessions (answered 422, or 409 for closed sessions). */
public class SessionRuleViolation extends RuntimeException {

	private final boolean conflict;

	public SessionRuleViolation(String message, boolean conflict) {
		super(message);
		this.conflict = conflict;
	}

	public boolean conflict() {
		return conflict;
	}

}
