package org.refinery.dependency.analysis;

/**
 * A dependency that the product backlog contradicts: the dependent item is ranked ahead of its
 * prerequisite ({@code RANKED_AHEAD}), so teams pulling work in order would start it first, or
 * the dependent item is READY (or further) while its prerequisite is not yet refined ({@code
 * READY_BEFORE_PREREQUISITE}).
 */
public record OrderingConflict(Kind kind, ItemRef dependent, ItemRef prerequisite) {

	/** Which contradiction. */
	public enum Kind {
		RANKED_AHEAD, READY_BEFORE_PREREQUISITE
	}

}
