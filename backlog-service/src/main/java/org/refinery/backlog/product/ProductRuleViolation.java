package org.refinery.backlog.product;

/** A product command that is well-formed but breaks a rule of products (answered 422). */
public class ProductRuleViolation extends RuntimeException {

	public ProductRuleViolation(String message) {
		super(message);
	}

}
