package org.refinery.backlog.export;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV a backlog export writes: multi-valued cells, the header and the records (each cell by {@code CsvRecords}). */
class BacklogCsvTest {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID PARENT = UUID.fromString("00000000-0000-0000-0000-000000000002");

	@Test
	void severalValuesShareACellSeparatedByABarWithBarsAndBackslashesInsideEscaped() {
		assertThat(BacklogCsv.joined(List.of("PAY-CHECKOUT", "PAY-LEDGER"))).isEqualTo("PAY-CHECKOUT|PAY-LEDGER");
		assertThat(BacklogCsv.joined(List.of("Pays | refunds", "C:\\temp"))).isEqualTo("Pays \\| refunds|C:\\\\temp");
		assertThat(BacklogCsv.joined(List.of())).isEmpty();
	}

	@Test
	void theHeaderNamesEveryColumnAndEachItemIsOneRecordEndedByCrlf() throws IOException {
		StringWriter out = new StringWriter();
		BacklogCsv csv = new BacklogCsv(out);
		csv.start(null);
		csv.item(new ExportedItem(1, ID, "PAY-1", ItemType.STORY, "-1 click pay", "Why:\n\"fast\", cheap",
				List.of("Pays", "Refunds | partial"), ItemStatus.REMOVED, ItemStatus.READY, "Out of scope",
				"PAY-CHECKOUT", List.of("PAY-LEDGER", "PAY-RISK"), PARENT, "PAY-0", new BigDecimal("5.0"), "n",
				List.of(new ExportedItem.Check("legal-ok", "paul", Instant.EPOCH),
						new ExportedItem.Check("ux-reviewed", "tess", Instant.EPOCH)),
				Instant.parse("2026-01-05T09:00:00Z"), null, Instant.parse("2026-02-01T10:30:00.123Z")));
		csv.item(new ExportedItem(2, PARENT, "PAY-0", ItemType.EPIC, "Epic", null, List.of(), ItemStatus.DRAFT, null,
				null, null, List.of(), null, null, null, "m", List.of(), null, null, Instant.EPOCH));
		csv.finish();

		assertThat(out.toString()).isEqualTo("position,id,key,type,title,description,acceptanceCriteria,status,"
				+ "statusBeforeRemoval,removedReason,teamKey,contributingTeamKeys,parentId,parentKey,estimate,rank,"
				+ "checklist,createdAt,completedAt,updatedAt\r\n"
				+ "1," + ID + ",PAY-1,STORY,'-1 click pay,\"Why:\n\"\"fast\"\", cheap\",Pays|Refunds \\| partial,"
				+ "REMOVED,READY,Out of scope,PAY-CHECKOUT,PAY-LEDGER|PAY-RISK," + PARENT + ",PAY-0,5,n,"
				+ "legal-ok|ux-reviewed,2026-01-05T09:00:00Z,,2026-02-01T10:30:00.123Z\r\n"
				+ "2," + PARENT + ",PAY-0,EPIC,Epic,,,DRAFT,,,,,,,,m,,,,1970-01-01T00:00:00Z\r\n");
	}

}
