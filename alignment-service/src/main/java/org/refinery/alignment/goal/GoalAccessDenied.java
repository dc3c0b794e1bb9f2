package org.refinery.alignment.goal;

/** The caller sees the goal or product but may not change it (answered 403). */
public class GoalAccessDenied extends RuntimeException {

	public GoalAccessDenied(String message) {
		super(message);
	}

}
