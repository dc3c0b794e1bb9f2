package org.refinery.alignment.goal;

import java.util.UUID;

/**
 * No goal with that id is visible to the caller. A product goal of a product the caller may
 * not see is reported like a missing one, so ids cannot be probed (answered 404).
 */
public class GoalNotFound extends RuntimeException {

	public GoalNotFound(UUID id) {
		super("No goal " + id + " is visible to you");
	}

}
