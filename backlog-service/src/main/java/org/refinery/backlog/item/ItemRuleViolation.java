package org.refinery.backlog.item;

/** An item command that is well-formed but breaks a rule of items (answered 422). */
public class ItemRuleViolation extends RuntimeException {

	public ItemRuleViolation(String message) {
		super(message);
	}

}
