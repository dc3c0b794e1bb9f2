package org.refinery.forecast.forecast;

import org.refinery.http.CsvRecords;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A product's forecast as RFC 4180 CSV, by the rules of every export (docs/integrations.md;
 * records through {@link CsvRecords}): a header row, then one record per item in the forecast's
 * (rank) order. A percentile is the upcoming period index by which the item was done in that
 * share of the trials (0: done already, empty: not within the horizon); its {@code …End} column
 * is that period's last day, so a spreadsheet needs no calendar of the product's Sprints, and is
 * empty for 0 and beyond the horizon. Decimals are written in plain digits.
 */
public final class ForecastCsv {

	/** The columns in order; documented in docs/integrations.md. */
	public static final List<String> COLUMNS = List.of("itemKey", "teamKey", "p50", "p70", "p85", "p95", "p50End",
			"p85End", "p95End", "predictability", "neverReason", "sizedAs");

	private final Writer out;

	public ForecastCsv(Writer out) {
		this.out = out;
	}

	/** The header and one record per item of the forecast. */
	public void write(Forecast forecast) throws IOException {
		Map<Integer, LocalDate> ends = forecast.periods()
			.stream()
			.collect(Collectors.toMap(UpcomingPeriod::index, UpcomingPeriod::end, (a, b) -> a));
		Function<Integer, String> end = index -> index == null ? null : text(ends.get(index));
		CsvRecords.write(out, COLUMNS);
		for (ItemForecast item : forecast.items()) {
			CsvRecords.write(out, Arrays.asList(item.itemKey(), item.teamKey(), text(item.p50()), text(item.p70()),
					text(item.p85()), text(item.p95()), end.apply(item.p50()), end.apply(item.p85()),
					end.apply(item.p95()), plain(item.predictability()), item.neverReason(), item.sizedAs()));
		}
		out.flush();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** 1.0E7 is valid but misread; a share or ratio is written as digits. */
	private static String plain(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).toPlainString();
	}

}
