package org.refinery.alignment.summary;

/**
 * No product with that key is visible to the caller, or alignment has not heard of it. Both
 * are reported alike so product keys cannot be probed (answered 404).
 */
public class ProductNotFound extends RuntimeException {

	public ProductNotFound(String key) {
		super("No product " + key + " is visible to you");
	}

}
