package org.refinery.backlog.imports;

/** One row cannot become an item (unknown type or status, no title, a team of no product team): the row's error, not the file's. */
public class RowRefused extends RuntimeException {

	public RowRefused(String reason) {
		super(reason);
	}

}
