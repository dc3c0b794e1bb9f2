package org.refinery.backlog.product;

/**
 * No product with that key is visible to the caller. A product the caller may not see is
 * reported the same way as one that does not exist, so keys cannot be probed.
 */
public class ProductNotFound extends RuntimeException {

	public ProductNotFound(String key) {
		super("No product " + key + " is visible to you");
	}

}
