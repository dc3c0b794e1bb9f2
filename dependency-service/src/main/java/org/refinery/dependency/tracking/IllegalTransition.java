package org.refinery.dependency.tracking;

import java.util.Set;

/** A status change the dependency's life does not allow (answered 409 with the allowed moves). */
public class IllegalTransition extends RuntimeException {

	private final Set<DependencyStatus> allowed;

	public IllegalTransition(DependencyStatus from, DependencyStatus to) {
		super("A dependency cannot move from " + from + " to " + to + "; allowed: " + from.next());
		this.allowed = from.next();
	}

	public Set<DependencyStatus> allowed() {
		return allowed;
	}

}
