package org.refinery.backlog.product;

import java.util.UUID;

/** The stored Definitions of Ready, one per product. */
public interface DefinitionsOfReady {

	/** The product's Definition of Ready, or the standard one if it never set its own. */
	DefinitionOfReady of(UUID productId);

	/** Stores the new definition and returns the product's next version, which it carries. */
	long save(UUID productId, DefinitionOfReady definition);

}
