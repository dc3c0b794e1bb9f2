package org.refinery.contracts.backlog.sessions;

/** What a session decided about one item; metrics count sessions by what they achieved. */
public enum OutcomeKind {

	CLARIFIED, ESTIMATED, SPLIT, REORDERED, DEPENDENCY_IDENTIFIED, READY, DEFERRED, REMOVED

}
