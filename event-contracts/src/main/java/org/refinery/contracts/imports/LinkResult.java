package org.refinery.contracts.imports;

/** The outcome of an imported link. */
public enum LinkResult {

	/** A new BLOCKS dependency was identified. */
	CREATED,

	/** The dependency already exists (an earlier import, or people identified it): nothing new. */
	EXISTING,

	/** A rule of dependencies refused it; the reason says which. */
	REFUSED

}
