package org.refinery.dependency.backlog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read model of backlog items. */
public interface BacklogItems {

	Optional<BacklogItem> byId(UUID id);

	List<BacklogItem> byIds(Collection<UUID> ids);

	/** Every item of a product, removed ones included, in rank order. */
	List<BacklogItem> ofProduct(String productKey);

	/** The key of a product, known once any of its items has arrived. */
	Optional<String> productKeyOf(UUID productId);

	/**
	 * Inserts or replaces the item, but never with an older or equal version; answers whether
	 * the stored state changed.
	 */
	boolean save(BacklogItem item);

}
