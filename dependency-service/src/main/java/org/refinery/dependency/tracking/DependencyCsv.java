package org.refinery.dependency.tracking;

import org.refinery.http.CsvRecords;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * A product's dependencies as RFC 4180 CSV, by the rules of the backlog export
 * (docs/integrations.md): a header row, records ended by CRLF, a field quoted when it holds a quote,
 * comma, CR or LF, and a cell that starts like a spreadsheet formula ({@code = + - @}, a tab or a
 * CR) written with a leading apostrophe against CSV injection.
 */
public final class DependencyCsv {

	/** The columns in order; documented in docs/integrations.md. */
	public static final List<String> COLUMNS = List.of("id", "type", "status", "dependentItemKey", "dependentItemTitle",
			"dependentTeamKey", "prerequisiteItemKey", "prerequisiteItemTitle", "prerequisiteTeamKey", "neededBy",
			"note", "prerequisiteRemoved", "identifiedAt", "identifiedBy", "statusChangedAt", "statusChangedBy",
			"statusReason");

	private final Writer out;

	public DependencyCsv(Writer out) {
		this.out = out;
	}

	public void header() throws IOException {
		record(COLUMNS);
	}

	public void dependency(ExportedDependency d) throws IOException {
		record(java.util.Arrays.asList(d.id().toString(), d.type(), d.status(), d.dependentItemKey(),
				d.dependentItemTitle(), d.dependentTeamKey(), d.prerequisiteItemKey(), d.prerequisiteItemTitle(),
				d.prerequisiteTeamKey(), d.neededBy(), d.note(), Boolean.toString(d.prerequisiteRemoved()),
				instant(d.identifiedAt()), d.identifiedBy(), instant(d.statusChangedAt()), d.statusChangedBy(),
				d.statusReason()));
	}

	public void finish() throws IOException {
		out.flush();
	}

	private void record(List<String> cells) throws IOException {
		CsvRecords.write(out, cells);
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
