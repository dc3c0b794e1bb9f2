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

/** Azure Boards' query CSV and work-item JSON with relations: the same three items either way. */
class AzureFormatsTest {

	@Test
	void aQueryCsvIsReadWithItsAreaPathParentAndHtmlAsText() {
		List<SourceRow> rows = Files.rows(ImportFormat.AZURE_CSV, Files.resource("azure-query.csv"),
				ImportMapping.defaults());

		assertThat(rows).extracting(SourceRow::key).containsExactly("101", "102", "103");
		assertThat(rows).extracting(SourceRow::parent).containsExactly(null, "101", "101");
		assertThat(rows).extracting(SourceRow::team).containsExactly("Shop\\Checkout", "Shop\\Checkout", "Shop\\Ledger");
		assertThat(rows).extracting(SourceRow::estimate).containsExactly(null, "5", "2,5");
		assertThat(rows.get(0).description()).isEqualTo("Make checkout faster.");
		assertThat(rows.get(1).description()).isEqualTo("First line\nsecond & last");
	}

	@Test
	void aTreeQueryCsvTakesTheTitleOfWhicheverLevelTheItemIsOn() {
		var file = Files.written(new byte[0], "ID,Work Item Type,Title 1,Title 2,State\n1,Epic,Top,,New\n2,User Story,,Below,New\n",
				StandardCharsets.UTF_8);

		assertThat(Files.rows(ImportFormat.AZURE_CSV, file, ImportMapping.defaults())).extracting(SourceRow::title)
			.containsExactly("Top", "Below");
	}

	@Test
	void aQueryCsvWithoutStateIsRefused() {
		var file = Files.written(new byte[0], "ID,Work Item Type,Title\n1,Epic,Top\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Files.rows(ImportFormat.AZURE_CSV, file, ImportMapping.defaults()))
			.isInstanceOfSatisfying(UnreadableFile.class,
					ex -> assertThat(ex.problems()).extracting(UnreadableFile.Problem::pointer)
						.containsExactly("#/file/columns/State"));
	}

	@Test
	void workItemsAreReadWithParentsFromHierarchyReverseAndDependenciesBothWays() {
		List<SourceRow> rows = Files.rows(ImportFormat.AZURE_JSON, Files.resource("azure-workitems.json"),
				ImportMapping.defaults());

		assertThat(rows).extracting(SourceRow::key).containsExactly("101", "102", "103");
		assertThat(rows).extracting(SourceRow::parent).containsExactly(null, "101", "101");
		assertThat(rows).extracting(SourceRow::estimate).containsExactly(null, "5", "2.5");
		assertThat(rows.get(1).blocks()).containsExactly("103");
		assertThat(rows.get(2).blockedBy()).containsExactly("102");
		assertThat(rows.get(1).acceptanceCriteria()).containsExactly("Pays in one tap", "Shows a receipt");
		assertThat(rows.get(0).description()).isEqualTo("Make checkout faster.");
	}

	@Test
	void aBareArrayOfWorkItemsIsReadToo() {
		var file = Files.written(new byte[0], "[{\"id\":7,\"fields\":{\"System.Title\":\"T\",\"System.WorkItemType\":\"Bug\","
				+ "\"System.State\":\"New\"}}]", StandardCharsets.UTF_8);

		assertThat(Files.rows(ImportFormat.AZURE_JSON, file, ImportMapping.defaults())).extracting(SourceRow::key)
			.containsExactly("7");
	}

}
