package org.refinery.dependency.tracking;

/** A well-formed command that breaks a rule of dependencies (answered 422). */
public class DependencyRuleViolation extends RuntimeException {

	public DependencyRuleViolation(String message) {
		super(message);
	}

}
