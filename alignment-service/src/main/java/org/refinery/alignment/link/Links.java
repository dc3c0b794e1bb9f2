package org.refinery.alignment.link;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored links, active and removed. */
public interface Links {

	Optional<Link> byId(UUID id);

	Optional<Link> activeBetween(UUID itemId, UUID goalId);

	/** The active links of one item. */
	List<Link> activeOf(UUID itemId);

	/** The active links to one goal, oldest first. */
	List<Link> activeTo(UUID goalId);

	/** The active links of a product's items. */
	List<Link> activeOfProduct(String productKey);

	/** Every link of a product's items, active or removed, with when it held: for back-filled trends. */
	List<LinkPeriod> periodsOfProduct(String productKey);

	/** Stores a new link; an active link between the same item and goal raises {@link AlreadyLinked}. */
	void add(Link link, String linkedBy);

	void update(Link link);

}
