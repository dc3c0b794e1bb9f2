package org.refinery.alignment.goal;

import java.util.Set;

/**
 * A goal was set ({@code created}) or changed; {@code changedFields} names the wire-visible
 * fields that changed (empty on creation).
 */
public record GoalChanged(boolean created, Goal goal, Set<String> changedFields, Actor actor) {

	public GoalChanged {
		changedFields = Set.copyOf(changedFields);
	}

}
