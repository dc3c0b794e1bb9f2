package org.refinery.forecast.throughput;

import org.refinery.http.CsvRecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads history as CSV with the header {@code periodStart,periodEnd,items,points}, ISO dates,
 * whole items and decimal points; blank lines are skipped. Errors name their line (the header
 * is line 1) and are all reported at once. A history is written in the same form, so that an
 * export imports again unchanged.
 */
public final class ThroughputCsv {

	public static final String HEADER = "periodStart,periodEnd,items,points";

	private ThroughputCsv() {
	}

	public static List<HistoryRow> rows(String csv) {
		String[] lines = (csv == null ? "" : csv).split("\r?\n", -1);
		if (!lines[0].strip().replace(" ", "").equals(HEADER)) {
			throw new InvalidHistory(List.of(new InvalidHistory.RowError(1, null, "the header must be " + HEADER)));
		}
		List<HistoryRow> rows = new ArrayList<>();
		List<InvalidHistory.RowError> errors = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				try {
					rows.add(row(i + 1, lines[i].split(",", -1)));
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					errors.add(new InvalidHistory.RowError(i + 1, null, ex.getMessage()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidHistory(errors);
		}
		return rows;
	}

	private static HistoryRow row(int line, String[] cells) {
		if (cells.length != 4) {
			throw new IllegalArgumentException("expected 4 values, found " + cells.length);
		}
		try {
			return new HistoryRow(line, LocalDate.parse(cells[0].strip()), LocalDate.parse(cells[1].strip()),
					Integer.valueOf(cells[2].strip()), cells[3].isBlank() ? null : new BigDecimal(cells[3].strip()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("items must be a whole number and points a number");
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("dates must be ISO dates such as 2026-01-05");
		}
	}


	/** The samples as the CSV they are imported from: the header, then one record per period. */
	public static String written(List<ThroughputSample> samples) {
		var out = new java.io.StringWriter();
		try {
			CsvRecords.write(out, List.of(HEADER.split(",")));
			for (ThroughputSample sample : samples) {
				CsvRecords.write(out, List.of(sample.periodStart().toString(), sample.periodEnd().toString(),
						Integer.toString(sample.items()), sample.points().stripTrailingZeros().toPlainString()));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

}
