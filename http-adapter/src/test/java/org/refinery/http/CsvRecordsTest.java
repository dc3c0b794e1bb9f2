package org.refinery.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells and records of every CSV export: RFC 4180 quoting, CRLF, and the formula guard. */
class CsvRecordsTest {

	@Test
	void plainTextIsWrittenAsItIsAndNothingIsWrittenForNothing() {
		assertThat(CsvRecords.cell("Checkout redesign")).isEqualTo("Checkout redesign");
		assertThat(CsvRecords.cell("Straße für Zahlungen 🚀")).isEqualTo("Straße für Zahlungen 🚀");
		assertThat(CsvRecords.cell(null)).isEmpty();
		assertThat(CsvRecords.cell("")).isEmpty();
	}

	@Test
	void quotesCommasAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
		assertThat(CsvRecords.cell("Pay, then ship")).isEqualTo("\"Pay, then ship\"");
		assertThat(CsvRecords.cell("The \"fast\" path")).isEqualTo("\"The \"\"fast\"\" path\"");
		assertThat(CsvRecords.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(CsvRecords.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
		assertThat(CsvRecords.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvRecords.cell("+1 for checkout")).isEqualTo("'+1 for checkout");
		assertThat(CsvRecords.cell("-2 bugs")).isEqualTo("'-2 bugs");
		assertThat(CsvRecords.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvRecords.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvRecords.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
		assertThat(CsvRecords.cell("a = b")).as("only the first character counts").isEqualTo("a = b");
		assertThat(CsvRecords.cell("'quoted'")).isEqualTo("'quoted'");
	}

	@Test
	void aRecordSeparatesItsCellsByCommasAndEndsWithCrLfANullCellBeingEmpty() throws IOException {
		var out = new StringWriter();

		CsvRecords.write(out, Arrays.asList("PAY-1", null, "Pay, then ship"));

		assertThat(out.toString()).isEqualTo("PAY-1,,\"Pay, then ship\"\r\n");
	}

}
