package org.refinery.backlog.session;

/**
 * What a session decided about one item. READY, ESTIMATED, SPLIT and REMOVED claim a state of the
 * item, so recording them makes it true (or is refused); the others are notes of the discussion
 * (GOAL_LINKED: the item was linked to a goal, which alignment-service keeps).
 */
public enum OutcomeKind {

	CLARIFIED, ESTIMATED, SPLIT, REORDERED, DEPENDENCY_IDENTIFIED, READY, DEFERRED, REMOVED, GOAL_LINKED

}
