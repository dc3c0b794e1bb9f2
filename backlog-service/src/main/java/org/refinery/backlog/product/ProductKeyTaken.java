package org.refinery.backlog.product;

/** Product keys are what people type and link by, so they are unique for good (answered 409). */
public class ProductKeyTaken extends RuntimeException {

	public ProductKeyTaken(String key) {
		super("A product with key " + key + " already exists");
	}

}
