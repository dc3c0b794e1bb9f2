package org.refinery.backlog.team;

/** A team command that is well-formed but breaks a rule of teams (answered 422). */
public class TeamRuleViolation extends RuntimeException {

	public TeamRuleViolation(String message) {
		super(message);
	}

}
