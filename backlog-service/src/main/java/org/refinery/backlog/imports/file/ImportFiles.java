package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRows;
import org.refinery.backlog.imports.UnreadableFile;

import java.nio.file.Path;

/** Opens an uploaded file in its format; every format reads one row at a time. */
public final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * Checks what can be checked before a job starts: that the file is text in a known encoding,
	 * and its headings (CSV) or its item array (JSON). {@link UnreadableFile} otherwise.
	 */
	public static void check(ImportFormat format, Path file, ImportMapping mapping) {
		Texts.check(file);
		open(format, file, mapping).close();
	}

	public static SourceRows open(ImportFormat format, Path file, ImportMapping mapping) {
		return switch (format) {
			case JIRA_CSV -> CsvRows.open(file, JiraCsv.reading(mapping));
			case AZURE_CSV -> CsvRows.open(file, AzureCsv.reading(mapping));
			case JIRA_JSON -> JiraJson.open(file, mapping);
			case AZURE_JSON -> AzureJson.open(file, mapping);
			case REFINERY_JSON -> RefineryJson.open(file);
		};
	}

}
