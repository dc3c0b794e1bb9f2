package org.refinery.contracts.backlog.sessions;

/**
 * What a session decided about one item; metrics count sessions by what they achieved.
 * GOAL_LINKED, added after the first release, says the session linked the item to a strategic goal
 * (alignment-service keeps the link itself); consumers built against the older list cannot read it,
 * so they are deployed before the backlog records it.
 */
public enum OutcomeKind {

	CLARIFIED, ESTIMATED, SPLIT, REORDERED, DEPENDENCY_IDENTIFIED, READY, DEFERRED, REMOVED, GOAL_LINKED

}
