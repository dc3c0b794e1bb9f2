package org.refinery.contracts.dependencies;

/**
 * Whether the dependent item cannot finish before its prerequisite ({@code BLOCKS}, the only
 * kind that orders work and may not form cycles) or is merely related ({@code RELATES}).
 */
public enum DependencyType {

	BLOCKS, RELATES

}
