package org.refinery.forecast.throughput;

import java.util.List;

/** Imported history the caller must correct; every error names its line or row, and the field where one is at fault. */
public class InvalidHistory extends RuntimeException {

	private final List<RowError> errors;

	public InvalidHistory(List<RowError> errors) {
		super("The throughput history has " + errors.size() + " error(s); nothing was imported");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

	/**
	 * One error of an import.
	 *
	 * @param line the 1-based CSV line or JSON list position; 0 for the import as a whole
	 * @param field the field at fault, or null when the whole row is
	 * @param rule what the row must be
	 */
	public record RowError(int line, String field, String rule) {

		@Override
		public String toString() {
			return "line " + line + ": " + (field == null ? "" : field + " ") + rule;
		}

	}

}
