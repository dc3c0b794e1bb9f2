package org.refinery.backlog.export;

/** What an export is written as; the query parameter {@code format} names one, ignoring case. */
public enum ExportFormat {

	/** RFC 4180 CSV in UTF-8 with a header row: one item per record, for spreadsheets. */
	CSV("text/csv; charset=UTF-8; header=present", "csv"),

	/** The {@code refinery-backlog} JSON document, version 1: the product, its teams and items, for re-import. */
	JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

}
