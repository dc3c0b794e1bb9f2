package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;

import java.util.List;
import java.util.function.Function;

/**
 * An Azure Boards query exported as CSV: one column per field of the query, headed by the field's
 * name ({@code ID}, {@code Work Item Type}, {@code Title}, {@code State}, {@code Area Path},
 * {@code Story Points} or {@code Effort}, {@code Parent}, {@code Tags}); a tree query writes
 * {@code Title 1}, {@code Title 2}… by level instead of {@code Title}. Rich-text fields arrive
 * as HTML. The team is the last segment of the area path unless the mapping names another column.
 */
final class AzureCsv {

	static final List<List<String>> REQUIRED = List.of(List.of("ID"), List.of("Work Item Type"),
			List.of("Title", "Title 1"), List.of("State"));

	private AzureCsv() {
	}

	static Function<CsvRows.Headings, Function<CsvRows.Record, SourceRow>> reading(ImportMapping mapping) {
		return headings -> {
			headings.require(REQUIRED);
			String team = headings.chosen(mapping.teamField(), "#/mapping/teamField", "Area Path");
			String estimate = headings.chosen(mapping.estimateField(), "#/mapping/estimateField", "Story Points",
					"Effort", "Size");
			String criteria = headings.chosen(mapping.acceptanceCriteriaField(), "#/mapping/acceptanceCriteriaField",
					"Acceptance Criteria");
			return record -> new SourceRow(record.line(), record.first("ID"), record.first("ID"),
					record.first("Work Item Type"), title(record), Texts.fromHtml(record.first("Description")),
					record.first("State"), record.first("Parent"), record.first(estimate), record.first(team), List.of(),
					Texts.criteria(Texts.fromHtml(record.first(criteria))), null, List.of(), List.of());
		};
	}

	private static String title(CsvRows.Record record) {
		String title = record.first("Title");
		for (int level = 1; title == null && record.headings().has("Title " + level); level++) {
			title = record.first("Title " + level);
		}
		return title;
	}

}
