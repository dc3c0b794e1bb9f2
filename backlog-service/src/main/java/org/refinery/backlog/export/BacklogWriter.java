package org.refinery.backlog.export;

import java.io.IOException;

/**
 * One export format writing to the response as rows arrive: the product first, then each item
 * in backlog order, then the end. Nothing is kept between items, so memory does not grow with
 * the backlog.
 */
public interface BacklogWriter {

	void start(ExportedProduct product) throws IOException;

	void item(ExportedItem item) throws IOException;

	/** Completes the document and flushes it; the underlying stream stays the caller's to close. */
	void finish() throws IOException;

}
