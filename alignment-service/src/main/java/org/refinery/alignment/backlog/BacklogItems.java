package org.refinery.alignment.backlog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The items of the read model. */
public interface BacklogItems {

	Optional<BacklogItem> byId(UUID id);

	/** Stores the item unless a version at least as new is already held; says whether it stored it. */
	boolean save(BacklogItem item);

	/** Every item of a product, removed ones included, in rank order (top first). */
	List<BacklogItem> ofProduct(String productKey);

}
