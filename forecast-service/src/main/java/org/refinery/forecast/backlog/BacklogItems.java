package org.refinery.forecast.backlog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The known backlog items; saving keeps only newer versions. */
public interface BacklogItems {

	/** Saves the item unless a newer or equal version is held; {@code true} when it changed. */
	boolean save(BacklogItem item);

	Optional<BacklogItem> byId(UUID id);

	/** The team's done items, the source of its observed throughput. */
	List<BacklogItem> doneOfTeam(String teamKey);

	/** The product's items in rank order, removed ones left out. */
	List<BacklogItem> ofProduct(String productKey);

}
