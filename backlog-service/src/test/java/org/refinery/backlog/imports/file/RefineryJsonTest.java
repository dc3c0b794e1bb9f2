package org.refinery.backlog.imports.file;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Refinery's own export read back: product and teams skipped, items with their keys, parents and lists. */
class RefineryJsonTest {

	@Test
	void theItemsOfAnExportAreReadWhateverComesBeforeThem() {
		var file = Files.written(new byte[0], """
				{"format":"refinery-backlog","version":1,"exportedAt":"2026-12-07T02:40:00Z",
				 "product":{"key":"PAY","definitionOfReady":{"rules":[],"checklist":[{"code":"x","text":"y"}]}},
				 "teams":[{"key":"PAY-A"}],
				 "items":[
				  {"position":1,"key":"PAY-1","type":"EPIC","title":"Top","description":"Line one\\nline two",
				   "acceptanceCriteria":["Pays | refunds","b"],"status":"REMOVED","removedReason":"Out of scope",
				   "teamKey":"PAY-A","contributingTeamKeys":["PAY-B"],"parentKey":null,"estimate":8.0,"rank":"n"},
				  {"position":2,"key":"PAY-2","type":"STORY","title":"Child","parentKey":"PAY-1","estimate":null,
				   "acceptanceCriteria":[],"contributingTeamKeys":[],"status":"DONE"}
				 ]}""", StandardCharsets.UTF_8);

		List<SourceRow> rows = Files.rows(ImportFormat.REFINERY_JSON, file, ImportMapping.defaults());

		assertThat(rows).extracting(SourceRow::key).containsExactly("PAY-1", "PAY-2");
		assertThat(rows.get(0).acceptanceCriteria()).containsExactly("Pays | refunds", "b");
		assertThat(rows.get(0).description()).isEqualTo("Line one\nline two");
		assertThat(rows.get(0).removedReason()).isEqualTo("Out of scope");
		assertThat(rows.get(0).contributingTeams()).containsExactly("PAY-B");
		assertThat(rows.get(0).estimate()).isEqualTo("8");
		assertThat(rows.get(1).parent()).isEqualTo("PAY-1");
		assertThat(rows.get(1).estimate()).isNull();
	}

}
