package org.refinery.backlog.imports;

/** Rows read so far and what became of them; committed with each batch, so a running job shows its progress. */
public record ImportCounts(long rows, long created, long updated, long unchanged, long errors, long missing) {

	public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

	public ImportCounts plus(RowAction action) {
		return new ImportCounts(action == RowAction.MISSING ? rows : rows + 1,
				created + (action == RowAction.CREATED ? 1 : 0), updated + (action == RowAction.UPDATED ? 1 : 0),
				unchanged + (action == RowAction.UNCHANGED ? 1 : 0), errors + (action == RowAction.ERROR ? 1 : 0),
				missing + (action == RowAction.MISSING ? 1 : 0));
	}

}
