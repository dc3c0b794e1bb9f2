package org.refinery.dependency.tracking;

import java.io.IOException;

/** Every dependency of a product, read through one cursor for an export. */
public interface ExportedDependencies {

	/** Hands the product's dependencies to {@code sink} one by one, newest first, holding few at a time. */
	void forEach(String productKey, Sink sink);

	/** Takes one dependency; may fail writing to the client. */
	interface Sink {

		void accept(ExportedDependency dependency) throws IOException;

	}

}
