package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;

import java.util.List;
import java.util.function.Function;

/**
 * Jira's issue search exported as CSV ("Export Excel CSV (all fields)"): one column per field,
 * headed by its name ({@code Issue key}, {@code Summary}, {@code Custom field (Story Points)}),
 * a repeated column per value of a multi-value field ({@code Sprint}, {@code Labels},
 * {@code Component/s}, {@code Outward issue link (Blocks)}). The parent is {@code Parent} (Jira
 * Cloud: the parent's issue id) or {@code Parent id}, or an {@code Epic Link} key; ids are
 * resolved through {@code Issue id}. The team comes from {@code Custom field (Team)} or the
 * first {@code Component/s} (further components contribute). The order is {@code Rank} or
 * {@code Custom field (Rank)}, Jira's LexoRank.
 */
final class JiraCsv {

	static final List<List<String>> REQUIRED = List.of(List.of("Issue key"), List.of("Issue Type"), List.of("Summary"),
			List.of("Status"));

	private JiraCsv() {
	}

	static Function<CsvRows.Headings, Function<CsvRows.Record, SourceRow>> reading(ImportMapping mapping) {
		return headings -> {
			headings.require(REQUIRED);
			String team = headings.chosen(mapping.teamField(), "#/mapping/teamField", "Custom field (Team)",
					"Component/s");
			String estimate = headings.chosen(mapping.estimateField(), "#/mapping/estimateField",
					"Custom field (Story Points)", "Custom field (Story point estimate)");
			String criteria = headings.chosen(mapping.acceptanceCriteriaField(), "#/mapping/acceptanceCriteriaField",
					"Custom field (Acceptance Criteria)");
			String parent = headings.firstOf("Parent", "Parent id");
			String epicLink = headings.firstOf("Custom field (Epic Link)");
			String rank = headings.chosen(mapping.rankField(), "#/mapping/rankField", "Rank", "Custom field (Rank)");
			return record -> {
				List<String> teams = record.all(team);
				String parentRef = record.first(parent);
				return new SourceRow(record.line(), record.first("Issue key"), record.first("Issue id"),
						record.first("Issue Type"), record.first("Summary"), record.first("Description"),
						record.first("Status"), parentRef != null ? parentRef : record.first(epicLink),
						record.first(estimate), teams.isEmpty() ? null : teams.getFirst(),
						teams.size() > 1 ? teams.subList(1, teams.size()) : List.of(),
						Texts.criteria(record.first(criteria)), null, record.all("Outward issue link (Blocks)"),
						record.all("Inward issue link (Blocks)"), record.first(rank));
			};
		};
	}

}
