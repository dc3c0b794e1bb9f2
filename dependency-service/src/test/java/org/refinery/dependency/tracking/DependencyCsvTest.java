package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyCsvTest {

	@Test
	void aDependencyIsOneRecordWithBothEndsAndItsDatesAfterTheHeader() throws IOException {
		StringWriter out = new StringWriter();
		var csv = new DependencyCsv(out);
		UUID id = UUID.fromString("f7dbf072-9820-4f0b-8887-fb52131de5ea");

		csv.header();
		csv.dependency(new ExportedDependency(id, "BLOCKS", "RESOLVED", "PAY-42", "Pay by card, \"quickly\"",
				"PAY-CHECKOUT", "PAY-31", null, null, "Sprint 7", "line one\nline two", true,
				Instant.parse("2026-03-04T13:26:00Z"), "tess", Instant.parse("2026-03-05T09:40:00Z"), "theo", "done"));
		csv.finish();

		assertThat(out.toString()).isEqualTo("id,type,status,dependentItemKey,dependentItemTitle,dependentTeamKey,"
				+ "prerequisiteItemKey,prerequisiteItemTitle,prerequisiteTeamKey,neededBy,note,prerequisiteRemoved,"
				+ "identifiedAt,identifiedBy,statusChangedAt,statusChangedBy,statusReason\r\n"
				+ id + ",BLOCKS,RESOLVED,PAY-42,\"Pay by card, \"\"quickly\"\"\",PAY-CHECKOUT,PAY-31,,,Sprint 7,"
				+ "\"line one\nline two\",true,2026-03-04T13:26:00Z,tess,2026-03-05T09:40:00Z,theo,done\r\n");
	}

}
