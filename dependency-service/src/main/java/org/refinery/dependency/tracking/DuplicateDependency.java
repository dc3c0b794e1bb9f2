package org.refinery.dependency.tracking;

/** The same open dependency already exists (answered 409). */
public class DuplicateDependency extends RuntimeException {

	public DuplicateDependency(String message) {
		super(message);
	}

}
