package org.refinery.forecast.forecast.web;

/** What a forecast export is written as; the query parameter {@code format} names one, ignoring case. */
enum ExportFormat {

	/** RFC 4180 CSV in UTF-8 with a header row, one item per record. */
	CSV

}
