package org.refinery.forecast.throughput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks imported rows all at once and turns them into samples: either every row is valid
 * and all are imported, or none is and every error is reported with its line.
 */
public final class ImportedHistory {

	/** More periods than anyone has past data for; guards the import against runaway files. */
	public static final int MAX_ROWS = 5_000;

	private ImportedHistory() {
	}

	public static List<ThroughputSample> samples(String teamKey, String productKey, List<HistoryRow> rows) {
		List<InvalidHistory.RowError> errors = new ArrayList<>();
		if (rows.size() > MAX_ROWS) {
			throw new InvalidHistory(List.of(new InvalidHistory.RowError(0, null, "at most " + MAX_ROWS + " periods can be imported at once")));
		}
		Set<Object> starts = new HashSet<>();
		for (HistoryRow row : rows) {
			InvalidHistory.RowError error = problemOf(row);
			if (error == null && !starts.add(row.periodStart())) {
				error = new InvalidHistory.RowError(row.line(), "periodStart", "must differ from every other row's; "
						+ row.periodStart() + " appears twice");
			}
			if (error != null) {
				errors.add(error);
			}
		}
		if (errors.isEmpty()) {
			errors.addAll(overlaps(rows));
		}
		if (!errors.isEmpty()) {
			throw new InvalidHistory(errors);
		}
		return rows.stream().map(row -> sample(teamKey, productKey, row)).toList();
	}

	/**
	 * Periods of one team never share a day: a day's work counted in two samples would make the
	 * team look faster than it is. Each row that starts on or before the end of the period before
	 * it (in date order) is refused, naming that period's line.
	 */
	private static List<InvalidHistory.RowError> overlaps(List<HistoryRow> rows) {
		List<HistoryRow> byStart = rows.stream().sorted(java.util.Comparator.comparing(HistoryRow::periodStart)).toList();
		List<InvalidHistory.RowError> errors = new ArrayList<>();
		for (int i = 1; i < byStart.size(); i++) {
			HistoryRow before = byStart.get(i - 1);
			HistoryRow row = byStart.get(i);
			if (!row.periodStart().isAfter(before.periodEnd())) {
				errors.add(new InvalidHistory.RowError(row.line(), "periodStart", "must be after the period of line "
						+ before.line() + " (" + before.periodStart() + " to " + before.periodEnd() + "): periods must not overlap"));
			}
		}
		return errors;
	}

	private static InvalidHistory.RowError problemOf(HistoryRow row) {
		String field = row.periodStart() == null ? "periodStart"
				: row.periodEnd() == null ? "periodEnd" : row.items() == null ? "items" : null;
		if (field != null) {
			return new InvalidHistory.RowError(row.line(), field, "is required");
		}
		if (row.periodEnd().isBefore(row.periodStart())) {
			return new InvalidHistory.RowError(row.line(), "periodEnd", "must not be before periodStart");
		}
		if (row.items() < 0) {
			return new InvalidHistory.RowError(row.line(), "items", "must not be negative");
		}
		if (row.points() != null && row.points().signum() < 0) {
			return new InvalidHistory.RowError(row.line(), "points", "must not be negative");
		}
		if (row.points() != null && row.points().compareTo(new BigDecimal("9999999")) > 0) {
			return new InvalidHistory.RowError(row.line(), "points", "must be below 10,000,000");
		}
		return null;
	}

	private static ThroughputSample sample(String teamKey, String productKey, HistoryRow row) {
		BigDecimal points = row.points() == null ? BigDecimal.ZERO : row.points();
		return new ThroughputSample(teamKey, productKey, row.periodStart(), row.periodEnd(), row.items(), points,
				SampleSource.IMPORTED);
	}

}
