package org.refinery.backlog.imports;

/** What an import did (or, previewed, would do) with a row. */
public enum RowAction {

	CREATED, UPDATED, UNCHANGED, ERROR,
	/** An item imported earlier from the same system that the file no longer holds: reported, never deleted. */
	MISSING

}
