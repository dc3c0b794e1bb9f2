package org.refinery.backlog.export;

import org.refinery.http.CsvRecords;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A backlog as RFC 4180 CSV: a header row, one record per item, records ended by CRLF, a field
 * quoted when it holds a quote, comma, CR or LF (quotes doubled inside). Several values in one
 * cell (acceptance criteria, contributing teams, ticked checklist codes) are joined by
 * {@link #SEPARATOR}; a separator or backslash inside a value is escaped with a backslash, which
 * keys and codes never contain, so only criteria ever carry escapes.
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a CR is written with a leading apostrophe,
 * as OWASP advises against CSV formula injection: a spreadsheet would otherwise run a title such
 * as {@code =HYPERLINK(...)} as a formula when the file is opened. An importer removes an
 * apostrophe that precedes one of these characters at the start of a cell.
 */
public final class BacklogCsv implements BacklogWriter {

	/** Between the values of a multi-valued cell. */
	public static final char SEPARATOR = '|';

	/** The columns in order; documented in docs/integrations.md. */
	public static final List<String> COLUMNS = List.of("position", "id", "key", "type", "title", "description",
			"acceptanceCriteria", "status", "statusBeforeRemoval", "removedReason", "teamKey", "contributingTeamKeys",
			"parentId", "parentKey", "estimate", "rank", "checklist", "createdAt", "completedAt", "updatedAt");

	private final Writer out;

	public BacklogCsv(Writer out) {
		this.out = out;
	}

	@Override
	public void start(ExportedProduct product) throws IOException {
		record(COLUMNS);
	}

	@Override
	public void item(ExportedItem item) throws IOException {
		List<String> cells = new ArrayList<>(COLUMNS.size());
		cells.add(Long.toString(item.position()));
		cells.add(text(item.id()));
		cells.add(item.key());
		cells.add(text(item.type()));
		cells.add(item.title());
		cells.add(item.description());
		cells.add(joined(item.acceptanceCriteria()));
		cells.add(text(item.status()));
		cells.add(text(item.statusBeforeRemoval()));
		cells.add(item.removedReason());
		cells.add(item.teamKey());
		cells.add(joined(item.contributingTeamKeys()));
		cells.add(text(item.parentId()));
		cells.add(item.parentKey());
		cells.add(estimate(item.estimate()));
		cells.add(item.rank());
		cells.add(joined(item.checklist().stream().map(ExportedItem.Check::code).toList()));
		cells.add(instant(item.createdAt()));
		cells.add(instant(item.completedAt()));
		cells.add(instant(item.updatedAt()));
		record(cells);
	}

	@Override
	public void finish() throws IOException {
		out.flush();
	}

	private void record(List<String> cells) throws IOException {
		CsvRecords.write(out, cells);
	}

	/** Values of one cell, in order, each with its separators and backslashes escaped. */
	static String joined(List<String> values) {
		StringBuilder cell = new StringBuilder();
		for (String value : values) {
			if (!cell.isEmpty()) {
				cell.append(SEPARATOR);
			}
			cell.append(value.replace("\\", "\\\\").replace(String.valueOf(SEPARATOR), "\\" + SEPARATOR));
		}
		return cell.toString();
	}

	private static String estimate(BigDecimal estimate) {
		return estimate == null ? null : estimate.stripTrailingZeros().toPlainString();
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private static String text(Object value) {
		return value == null ? null : Objects.toString(value);
	}

}
