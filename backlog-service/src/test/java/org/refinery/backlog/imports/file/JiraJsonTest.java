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

/** Jira's REST search: fields by id, parents by key, Blocks links both ways, descriptions in Atlassian Document Format. */
class JiraJsonTest {

	final List<SourceRow> rows = Files.rows(ImportFormat.JIRA_JSON, Files.resource("jira-search.json"),
			ImportMapping.defaults());

	@Test
	void issuesAreReadWithTheirFieldsParentsAndLines() {
		assertThat(rows).extracting(SourceRow::key).containsExactly("SHOP-1", "SHOP-2", "SHOP-3");
		assertThat(rows).extracting(SourceRow::type).containsExactly("Epic", "Story", "Bug");
		assertThat(rows).extracting(SourceRow::status).containsExactly("To Do", "In Progress", "Done");
		assertThat(rows).extracting(SourceRow::parent).containsExactly(null, "SHOP-1", "SHOP-1");
		assertThat(rows).extracting(SourceRow::estimate).containsExactly(null, "5", "2.5");
		assertThat(rows.get(1).team()).isEqualTo("Checkout");
		assertThat(rows.get(1).contributingTeams()).containsExactly("Ledger");
		assertThat(rows).extracting(SourceRow::line).as("positions in the array").containsExactly(1L, 2L, 3L);
	}

	@Test
	void jirasRankIsReadFromItsCloudFieldOrTheOneTheMappingNames() {
		var rows = Files.rows(ImportFormat.JIRA_JSON, Files.resource("jira-search.json"), ImportMapping.defaults());
		var named = Files.rows(ImportFormat.JIRA_JSON, Files.resource("jira-search.json"),
				new ImportMapping(null, null, null, null, null, null, "summary", null));

		assertThat(rows.getFirst().rank()).isEqualTo("0|i00007:");
		assertThat(named.getFirst().rank()).isEqualTo(named.getFirst().title());
	}

	@Test
	void onlyBlocksLinksAreKeptInTheirDirection() {
		assertThat(rows.get(1).blocks()).containsExactly("SHOP-3");
		assertThat(rows.get(1).blockedBy()).isEmpty();
		assertThat(rows.get(2).blockedBy()).containsExactly("SHOP-2");
	}

	@Test
	void anAtlassianDocumentBecomesMarkdownAndPlainTextStaysAsItIs() {
		assertThat(rows.get(0).description()).isEqualTo("""
				## Goal

				Make checkout **faster**.
				[See the spec](https://example.com/spec)

				- one tap
				- no re-entry""");
		assertThat(rows.get(2).description()).isEqualTo("Plain text from API version 2");
	}

	@Test
	void aDocumentWithoutIssuesIsRefused() {
		var file = Files.written(new byte[0], "{\"total\":0}", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Files.rows(ImportFormat.JIRA_JSON, file, ImportMapping.defaults()))
			.isInstanceOfSatisfying(UnreadableFile.class,
					ex -> assertThat(ex.problems().getFirst().pointer()).isEqualTo("#/file/issues"));
	}

	@Test
	void brokenJsonIsRefusedWithTheLineItBreaksOn() {
		var file = Files.written(new byte[0], "{\"issues\":[\n{\"key\":\"A-1\"},\n{\"key\": }\n]}", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Files.rows(ImportFormat.JIRA_JSON, file, ImportMapping.defaults()))
			.isInstanceOfSatisfying(UnreadableFile.class,
					ex -> assertThat(ex.problems().getFirst().pointer()).isEqualTo("#/file/line/3"));
	}

}
