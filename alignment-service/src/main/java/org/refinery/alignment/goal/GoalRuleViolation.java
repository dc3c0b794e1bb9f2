package org.refinery.alignment.goal;

/** A goal command that is well-formed but breaks a rule of the goal hierarchy (answered 422). */
public class GoalRuleViolation extends RuntimeException {

	public GoalRuleViolation(String message) {
		super(message);
	}

}
