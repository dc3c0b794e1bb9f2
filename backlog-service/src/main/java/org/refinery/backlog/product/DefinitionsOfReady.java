package org.refinery.backlog.product;

import java.util.List;
import java.util.UUID;

/** The stored Definitions of Ready, one per product. */
public interface DefinitionsOfReady {

	/** The product's Definition of Ready, or the standard one if it never set its own. */
	DefinitionOfReady of(UUID productId);

	/**
	 * Stores the new definition, with one history entry per changed part, and returns the
	 * product's next version, which it carries.
	 */
	long save(UUID productId, DefinitionOfReady before, DefinitionOfReady after, Actor actor);

	/** A page of the history of the product's Definition of Ready, newest version first. */
	List<DefinitionHistoryEntry> history(UUID productId, int offset, int limit);

	/** How many entries the history of the product's Definition of Ready has. */
	long historyCount(UUID productId);

}
