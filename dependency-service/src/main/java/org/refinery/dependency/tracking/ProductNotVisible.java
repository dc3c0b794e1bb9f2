package org.refinery.dependency.tracking;

/** A product the caller may not see, answered 404 exactly like one that does not exist (ADR 0005). */
public class ProductNotVisible extends RuntimeException {

	public ProductNotVisible(String productKey) {
		super("No product " + productKey + " is visible to you");
	}

}
