package org.refinery.backlog.imports.file;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.SourceRows;
import org.refinery.backlog.imports.UnreadableFile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tracker's CSV export, record by record: the delimiter is whichever of comma, semicolon and tab
 * the heading line has most of (a spreadsheet saved in a German locale writes semicolons), quoted
 * fields may hold line breaks, and a heading may repeat (Jira writes one {@code Sprint} or
 * {@code Labels} column per value), so every column is found by heading and position.
 */
final class CsvRows implements SourceRows {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Headings headings;

	private final Function<Record, SourceRow> rows;

	private CsvRows(CSVParser parser, Headings headings, Function<Record, SourceRow> rows) {
		this.parser = parser;
		this.records = parser.iterator();
		this.headings = headings;
		this.rows = rows;
	}

	/** Opens the file and reads its heading line; {@code rows} turns each record into a row. */
	static CsvRows open(Path file, Function<Headings, Function<Record, SourceRow>> format) {
		char delimiter = delimiter(file);
		Reader reader = Texts.open(file);
		try {
			CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader);
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				parser.close();
				throw new UnreadableFile("#/file/line/1", null, "must be the heading line; the file is empty");
			}
			Headings headings = new Headings(records.next());
			return new CsvRows(parser, headings, format.apply(headings));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException ex) {
			close(reader);
			throw new UnreadableFile("#/file/line/1", null, "is not CSV: " + ex.getMessage());
		}
	}

	@Override
	public SourceRow next() {
		long line = parser.getCurrentLineNumber() + 1;
		try {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (record.size() == 1 && record.get(0).isBlank()) {
					line = parser.getCurrentLineNumber() + 1;
					continue;
				}
				return rows.apply(new Record(record, headings, line));
			}
			return null;
		}
		catch (UncheckedIOException ex) {
			throw new UnreadableFile("#/file/line/" + line, null, "cannot be read as CSV: " + rootMessage(ex));
		}
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	private static void close(Reader reader) {
		try {
			reader.close();
		}
		catch (IOException ignored) {
			// the file is refused anyway
		}
	}

	/** The delimiter the heading line uses most, outside quotes. */
	static char delimiter(Path file) {
		try (Reader reader = Texts.open(file)) {
			Map<Character, Integer> counts = new LinkedHashMap<>(Map.of(',', 0, ';', 0, '\t', 0));
			boolean quoted = false;
			for (int c = reader.read(); c >= 0 && (quoted || (c != '\n' && c != '\r')); c = reader.read()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted) {
					counts.computeIfPresent((char) c, (key, count) -> count + 1);
				}
			}
			char best = ',';
			for (var entry : counts.entrySet()) {
				if (entry.getValue() > counts.get(best)) {
					best = entry.getKey();
				}
			}
			return best;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The heading line: which positions each heading has, in order. */
	static final class Headings {

		private final Map<String, List<Integer>> positions = new LinkedHashMap<>();

		Headings(CSVRecord heading) {
			for (int i = 0; i < heading.size(); i++) {
				positions.computeIfAbsent(heading.get(i).strip(), name -> new ArrayList<>()).add(i);
			}
		}

		boolean has(String name) {
			return positions.containsKey(name);
		}

		/** The first of these headings the file has, or null. */
		String firstOf(String... names) {
			for (String name : names) {
				if (has(name)) {
					return name;
				}
			}
			return null;
		}

		List<Integer> positions(String name) {
			return name == null ? List.of() : positions.getOrDefault(name, List.of());
		}

		/** {@link UnreadableFile} listing every required heading the file lacks. */
		void require(List<List<String>> required) {
			List<UnreadableFile.Problem> missing = new ArrayList<>();
			for (List<String> alternatives : required) {
				if (alternatives.stream().noneMatch(this::has)) {
					missing.add(new UnreadableFile.Problem("#/file/columns/" + alternatives.getFirst(), null,
							"is a required column" + (alternatives.size() > 1 ? " (or " + String.join(", ",
									alternatives.subList(1, alternatives.size())) + ")" : "")));
				}
			}
			if (!missing.isEmpty()) {
				throw new UnreadableFile(missing);
			}
		}

		/** The column a mapping override names, which the file must have. */
		String chosen(String override, String pointer, String... defaults) {
			if (override == null) {
				return firstOf(defaults);
			}
			if (!has(override)) {
				throw new UnreadableFile(pointer, override,
						"is not a column of the file; its columns: " + String.join(", ", positions.keySet()));
			}
			return override;
		}

	}

	/** One record with its heading line and the line it starts on. */
	record Record(CSVRecord record, Headings headings, long line) {

		/** The first non-blank value under the heading, or null. */
		String first(String name) {
			return all(name).stream().findFirst().orElse(null);
		}

		/** Every non-blank value under a heading that may repeat. */
		List<String> all(String name) {
			List<String> values = new ArrayList<>();
			for (int position : headings.positions(name)) {
				if (position < record.size() && !record.get(position).isBlank()) {
					values.add(record.get(position).strip().replace("\r\n", "\n"));
				}
			}
			return values;
		}

	}

}
