package org.refinery.forecast.throughput;

import java.util.List;

/** Imported history the caller must correct; every error names its line or row. */
public class InvalidHistory extends RuntimeException {

	private final List<String> errors;

	public InvalidHistory(List<String> errors) {
		super("The throughput history has " + errors.size() + " error(s); nothing was imported");
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}

}
