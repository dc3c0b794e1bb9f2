package org.refinery.backlog.product;

/** The caller sees the product but may not do this to it (answered 403). */
public class ProductAccessDenied extends RuntimeException {

	public ProductAccessDenied(String message) {
		super(message);
	}

}
