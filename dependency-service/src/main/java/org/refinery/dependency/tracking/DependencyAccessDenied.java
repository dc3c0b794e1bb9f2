package org.refinery.dependency.tracking;

/** The caller sees the dependency's product but may not do this (answered 403). */
public class DependencyAccessDenied extends RuntimeException {

	public DependencyAccessDenied(String message) {
		super(message);
	}

}
