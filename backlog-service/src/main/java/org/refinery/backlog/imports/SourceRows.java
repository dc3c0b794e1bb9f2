package org.refinery.backlog.imports;

/** The rows of one file, read one at a time: a file of any length costs one row of memory. */
public interface SourceRows extends AutoCloseable {

	/** The next row, or null after the last; {@link UnreadableFile} when the file breaks off. */
	SourceRow next();

	@Override
	void close();

}
