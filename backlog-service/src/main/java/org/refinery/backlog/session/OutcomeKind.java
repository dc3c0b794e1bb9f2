package org.refinery.backlog.session;

/** What a session decided about one item. */
public enum OutcomeKind {

	CLARIFIED, ESTIMATED, SPLIT, REORDERED, DEPENDENCY_IDENTIFIED, READY, DEFERRED, REMOVED

}
