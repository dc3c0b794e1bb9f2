package org.refinery.alignment.link;

/** A link that is well-formed but breaks a rule of alignment (answered 422). */
public class LinkRuleViolation extends RuntimeException {

	public LinkRuleViolation(String message) {
		super(message);
	}

}
