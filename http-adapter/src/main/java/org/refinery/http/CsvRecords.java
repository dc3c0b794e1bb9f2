package org.refinery.http;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Records of the CSV every export writes (docs/integrations.md): RFC 4180, records ended by CRLF,
 * a field quoted when it holds a quote, comma, CR or LF, and a cell that starts like a spreadsheet
 * formula ({@code = + - @}, a tab or a CR) written with a leading apostrophe, so that opening an
 * export in a spreadsheet never runs what someone typed into a title (CSV injection). One writer
 * for every service's export, so that a file from one reads like a file from another.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/** Writes one record: its cells in order, separated by commas, ended by CRLF; a null cell is empty. */
	public static void write(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	/** One field as written: empty for null, guarded against formulas, quoted where RFC 4180 needs it. */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String guarded = startsLikeAFormula(value) ? "'" + value : value;
		boolean quote = guarded.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
		return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
	}

	static boolean startsLikeAFormula(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
