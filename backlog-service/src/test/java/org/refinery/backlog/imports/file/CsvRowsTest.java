package org.refinery.backlog.imports.file;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.UnreadableFile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every CSV import survives, or refuses clearly: marks, delimiters, encodings, broken quotes, empty files. */
class CsvRowsTest {

	static final byte[] NO_MARK = new byte[0];

	static final byte[] UTF8_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static final String SHEET = "Issue key;Issue Type;Summary;Status;Description\r\nA-1;Story;Grüße;To Do;\"one;\r\ntwo\"\r\n";

	@Test
	void aByteOrderMarkIsSkippedSoTheFirstHeadingIsFound() {
		List<SourceRow> rows = rows(UTF8_MARK, SHEET.replace(';', ','), StandardCharsets.UTF_8);

		assertThat(rows.getFirst().key()).isEqualTo("A-1");
	}

	@Test
	void aSemicolonSeparatedSheetIsDetectedFromItsHeadingLine() {
		List<SourceRow> rows = rows(NO_MARK, SHEET, StandardCharsets.UTF_8);

		assertThat(rows.getFirst().title()).isEqualTo("Grüße");
		assertThat(rows.getFirst().description()).isEqualTo("one;\ntwo");
	}

	@Test
	void utf16WithItsMarkIsRead() {
		List<SourceRow> rows = rows(new byte[] { (byte) 0xFF, (byte) 0xFE }, SHEET, StandardCharsets.UTF_16LE);

		assertThat(rows.getFirst().title()).isEqualTo("Grüße");
	}

	@Test
	void aWindows1252FileIsRefusedNamingTheLineThatIsNotUtf8() {
		assertThatThrownBy(() -> rows(NO_MARK, SHEET, Charset.forName("windows-1252")))
			.isInstanceOfSatisfying(UnreadableFile.class, ex -> {
				assertThat(ex.problems().getFirst().pointer()).isEqualTo("#/file/line/2");
				assertThat(ex.problems().getFirst().rule()).contains("not UTF-8");
			});
	}

	@Test
	void aQuoteThatNeverClosesIsRefusedWithItsLine() {
		assertThatThrownBy(() -> rows(NO_MARK, "Issue key,Issue Type,Summary,Status\nA-1,Story,\"open,To Do\n",
				StandardCharsets.UTF_8))
			.isInstanceOfSatisfying(UnreadableFile.class,
					ex -> assertThat(ex.problems().getFirst().pointer()).isEqualTo("#/file/line/2"));
	}

	@Test
	void anEmptyFileIsRefusedAsHavingNoHeadingLine() {
		assertThatThrownBy(() -> rows(NO_MARK, "", StandardCharsets.UTF_8))
			.isInstanceOfSatisfying(UnreadableFile.class,
					ex -> assertThat(ex.problems().getFirst().rule()).contains("heading line"));
	}

	@Test
	void blankLinesBetweenRecordsAreSkipped() {
		List<SourceRow> rows = rows(NO_MARK, "Issue key,Issue Type,Summary,Status\n\nA-1,Story,One,To Do\n\n",
				StandardCharsets.UTF_8);

		assertThat(rows).extracting(SourceRow::key).containsExactly("A-1");
	}

	private static List<SourceRow> rows(byte[] mark, String text, Charset charset) {
		return Files.rows(ImportFormat.JIRA_CSV, Files.written(mark, text, charset), ImportMapping.defaults());
	}

}
