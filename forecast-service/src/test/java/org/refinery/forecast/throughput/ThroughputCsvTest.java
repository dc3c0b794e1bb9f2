package org.refinery.forecast.throughput;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThroughputCsvTest {

	@Test
	void rowsKeepTheirLineNumbersAndBlankLinesAreSkipped() {
		List<HistoryRow> rows = ThroughputCsv.rows("periodStart,periodEnd,items,points\r\n"
				+ "2026-01-05,2026-01-18,6,21.5\n\n2026-01-19,2026-01-01,0,\n");

		assertThat(rows).extracting(HistoryRow::line).containsExactly(2, 4);
		assertThat(rows.getFirst().periodStart()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(rows.getFirst().points()).isEqualByComparingTo("21.5");
		assertThat(rows.get(1).points()).isNull();
	}

	@Test
	void everyMalformedLineIsReportedWithItsNumber() {
		assertThatExceptionOfType(InvalidHistory.class)
			.isThrownBy(() -> ThroughputCsv.rows("periodStart,periodEnd,items,points\n2026-01-05,2026-01-18,six,1\n"
					+ "2026-01-19,2026-02-01,3,1\n05.01.2026,2026-01-18,1,1\n1,2\n"))
			.satisfies(ex -> assertThat(ex.errors()).map(Object::toString).containsExactly(
					"line 2: items must be a whole number and points a number",
					"line 4: dates must be ISO dates such as 2026-01-05", "line 5: expected 4 values, found 2"));
	}

	@Test
	void aWrongHeaderIsLineOne() {
		assertThatExceptionOfType(InvalidHistory.class).isThrownBy(() -> ThroughputCsv.rows("start,end,n\n"))
			.satisfies(ex -> assertThat(ex.errors()).singleElement().asString().startsWith("line 1:"));
	}

	@Test
	void importedRowsAreCheckedTogetherForOrderSignsAndDuplicatePeriods() {
		LocalDate jan5 = LocalDate.of(2026, 1, 5);
		List<HistoryRow> rows = List.of(new HistoryRow(2, jan5, jan5.plusDays(13), 4, null),
				new HistoryRow(3, jan5, jan5.plusDays(13), 1, null), new HistoryRow(4, jan5, jan5.minusDays(1), 1, null),
				new HistoryRow(5, jan5.plusDays(28), jan5.plusDays(41), -1, null),
				new HistoryRow(6, null, jan5, 1, null));

		assertThatExceptionOfType(InvalidHistory.class)
			.isThrownBy(() -> ImportedHistory.samples("PAY-A", "PAY", rows))
			.satisfies(ex -> assertThat(ex.errors()).map(Object::toString).containsExactly(
					"line 3: periodStart must differ from every other row's; 2026-01-05 appears twice",
					"line 4: periodEnd must not be before periodStart", "line 5: items must not be negative",
					"line 6: periodStart is required"));
	}

	@Test
	void periodsThatShareADayAreRefusedNamingTheEarlierOnesLineWhateverTheFilesOrder() {
		LocalDate jan5 = LocalDate.of(2026, 1, 5);
		List<HistoryRow> rows = List.of(new HistoryRow(2, jan5.plusDays(14), jan5.plusDays(27), 3, null),
				new HistoryRow(3, jan5, jan5.plusDays(14), 4, null), new HistoryRow(4, jan5.plusDays(28), jan5.plusDays(41), 2, null));

		assertThatExceptionOfType(InvalidHistory.class)
			.isThrownBy(() -> ImportedHistory.samples("PAY-A", "PAY", rows))
			.satisfies(ex -> assertThat(ex.errors()).map(Object::toString).containsExactly(
					"line 2: periodStart must be after the period of line 3 (2026-01-05 to 2026-01-19): periods must not overlap"));
		assertThat(ImportedHistory.samples("PAY-A", "PAY", List.of(rows.get(0), rows.get(2),
				new HistoryRow(3, jan5, jan5.plusDays(13), 4, null)))).as("adjacent periods are fine").hasSize(3);
	}

	@Test
	void aHistoryIsWrittenAsTheCsvItIsImportedFrom() {
		LocalDate jan5 = LocalDate.of(2026, 1, 5);
		var samples = List.of(new ThroughputSample("PAY-A", "PAY", jan5, jan5.plusDays(13), 6, new java.math.BigDecimal("21.50"),
				SampleSource.IMPORTED), new ThroughputSample("PAY-A", "PAY", jan5.plusDays(14), jan5.plusDays(27), 0,
						java.math.BigDecimal.ZERO, SampleSource.OBSERVED));

		String csv = ThroughputCsv.written(samples);

		assertThat(csv).isEqualTo("periodStart,periodEnd,items,points\r\n2026-01-05,2026-01-18,6,21.5\r\n"
				+ "2026-01-19,2026-02-01,0,0\r\n");
		assertThat(ThroughputCsv.rows(csv)).extracting(HistoryRow::items).containsExactly(6, 0);
	}

	@Test
	void validRowsBecomeImportedSamplesWithZeroPointsWhenNoneAreGiven() {
		LocalDate jan5 = LocalDate.of(2026, 1, 5);

		assertThat(ImportedHistory.samples("PAY-A", "PAY", List.of(new HistoryRow(1, jan5, jan5, 0, null))))
			.containsExactly(new ThroughputSample("PAY-A", "PAY", jan5, jan5, 0, java.math.BigDecimal.ZERO,
					SampleSource.IMPORTED));
	}

}
