package org.refinery.backlog.imports;

/** The order new items of an import take in the backlog, after the items already in it. */
public enum ImportOrder {

	/**
	 * The tracker's rank (Jira's Rank field), compared as text; rows without one follow in file
	 * order. A file without ranks is imported in file order.
	 */
	RANK,

	/** The order of the rows in the file. */
	FILE

}
