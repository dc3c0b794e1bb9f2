package org.refinery.backlog.imports.file;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.UnreadableFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jira's issue-search CSV: headings by field name, repeated columns, parents by issue id, quoted line breaks. */
class JiraCsvTest {

	@Test
	void everyFieldIsReadByItsHeadingIncludingRepeatedColumnsAndQuotedLineBreaks() {
		List<SourceRow> rows = Files.rows(ImportFormat.JIRA_CSV, Files.resource("jira-issues.csv"), ImportMapping.defaults());

		assertThat(rows).extracting(SourceRow::key).containsExactly("SHOP-1", "SHOP-2", "SHOP-3");
		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 5L);
		SourceRow story = rows.get(1);
		assertThat(story.title()).isEqualTo("Pay by card, quickly");
		assertThat(story.type()).isEqualTo("Story");
		assertThat(story.status()).isEqualTo("In Progress");
		assertThat(story.description()).isEqualTo("First line\nsecond line with \"quotes\"");
		assertThat(story.parent()).isEqualTo("10001");
		assertThat(story.id()).isEqualTo("10002");
		assertThat(story.estimate()).isEqualTo("5");
		assertThat(story.team()).isEqualTo("Checkout");
		assertThat(story.contributingTeams()).containsExactly("Ledger");
		assertThat(story.blocks()).containsExactly("SHOP-3", "SHOP-4");
		assertThat(rows.get(2).blockedBy()).containsExactly("SHOP-2");
		assertThat(rows).extracting(SourceRow::rank).containsExactly("0|i00007:", "0|i0000f:", "0|i0000n:");
	}

	@Test
	void aFileWithoutRequiredColumnsIsRefusedNamingEachOne() {
		var file = Files.written(new byte[0], "Summary,Priority\r\nOne,High\r\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Files.rows(ImportFormat.JIRA_CSV, file, ImportMapping.defaults()))
			.isInstanceOfSatisfying(UnreadableFile.class, ex -> assertThat(ex.problems())
				.extracting(UnreadableFile.Problem::pointer)
				.containsExactly("#/file/columns/Issue key", "#/file/columns/Issue Type", "#/file/columns/Status"));
	}

	@Test
	void aMappingNamingAColumnTheFileLacksIsRefusedAtTheMapping() {
		var mapping = new ImportMapping(null, null, "Custom field (Squad)", null, null, null);

		assertThatThrownBy(() -> Files.rows(ImportFormat.JIRA_CSV, Files.resource("jira-issues.csv"), mapping))
			.isInstanceOfSatisfying(UnreadableFile.class, ex -> {
				assertThat(ex.problems().getFirst().pointer()).isEqualTo("#/mapping/teamField");
				assertThat(ex.problems().getFirst().value()).isEqualTo("Custom field (Squad)");
			});
	}

	@Test
	void theTeamAndEstimateColumnsCanBeChosen() {
		var file = Files.written(new byte[0], """
				Issue key,Issue Type,Summary,Status,Custom field (Team),Custom field (Effort)
				A-1,Story,One,To Do,Payments,3
				""", StandardCharsets.UTF_8);

		List<SourceRow> rows = Files.rows(ImportFormat.JIRA_CSV, file,
				new ImportMapping(null, null, null, null, "Custom field (Effort)", null));

		assertThat(rows.getFirst().team()).isEqualTo("Payments");
		assertThat(rows.getFirst().estimate()).isEqualTo("3");
	}

}
