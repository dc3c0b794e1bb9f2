package org.refinery.dependency.tracking.web;

/** What a dependency export is written as; the query parameter {@code format} names one, ignoring case. */
enum ExportFormat {

	/** RFC 4180 CSV in UTF-8 with a header row, one dependency per record. */
	CSV

}
