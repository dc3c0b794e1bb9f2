package org.refinery.backlog.imports;

import java.util.UUID;

/** No such import of this product, or one the caller may not see: 404. */
public class ImportNotFound extends RuntimeException {

	public ImportNotFound(UUID id) {
		super("No import " + id);
	}

}
