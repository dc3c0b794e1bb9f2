package org.refinery.alignment.summary.web;

/** What a summary export is written as; the query parameter {@code format} names one, ignoring case. */
enum ExportFormat {

	/** RFC 4180 CSV in UTF-8 with a header row, one part of the summary per record. */
	CSV

}
