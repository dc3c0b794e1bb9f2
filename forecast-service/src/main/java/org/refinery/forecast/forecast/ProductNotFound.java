package org.refinery.forecast.forecast;

/** No product with that key is known, or the caller may not see it. */
public class ProductNotFound extends RuntimeException {

	public ProductNotFound(String productKey) {
		super("No product " + productKey + " is known");
	}

}
