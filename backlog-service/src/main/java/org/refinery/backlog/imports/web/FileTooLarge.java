package org.refinery.backlog.imports.web;

/** An upload past {@code refinery.backlog.imports.max-file-size}: 413. */
class FileTooLarge extends RuntimeException {

	private final long limit;

	FileTooLarge(long limit) {
		super("The file is larger than " + limit + " bytes, the most an import reads; split it or import a smaller query");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}

}
