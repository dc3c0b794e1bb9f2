package org.refinery.backlog.product;

/** The caller changed a product from an outdated version (answered 412 with the current one). */
public class ProductVersionStale extends RuntimeException {

	private final long current;

	public ProductVersionStale(long expected, long current) {
		super("The product is at version " + current + ", not " + expected + "; reload it and try again");
		this.current = current;
	}

	public long current() {
		return current;
	}

}
