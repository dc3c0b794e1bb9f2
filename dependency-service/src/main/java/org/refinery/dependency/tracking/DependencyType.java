package org.refinery.dependency.tracking;

/** {@code BLOCKS} is finish-to-start: the dependent cannot finish before its prerequisite. */
public enum DependencyType {

	BLOCKS, RELATES

}
