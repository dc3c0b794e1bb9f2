package org.refinery.dependency.analysis;

/** A product the caller may not see (answered 404, so product keys cannot be probed). */
public class ProductNotVisible extends RuntimeException {

	public ProductNotVisible(String productKey) {
		super("No product " + productKey + " is visible to you");
	}

}
