package org.refinery.backlog.item;

import org.refinery.backlog.product.Actor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored items of all products, each product in its rank order. */
public interface Items {

	Optional<Item> byId(UUID id);

	/** Stores a new item, with the readiness announced for it, and the first entry of its history. */
	void add(Item item, boolean ready, Actor actor);

	/**
	 * Stores the new state if the stored version is still {@code before.version()}, with one
	 * history entry per changed field; otherwise raises {@link StaleVersion}.
	 */
	void update(Item before, Item after, Actor actor);

	/**
	 * The next key number of a product, e.g. 42 for PAY-42, counting the item it is for; locks the
	 * product's order until the transaction ends.
	 */
	long nextNumber(UUID productId);

	/** Every item of a product in rank order, for the rare respacing of its whole order. */
	List<Item> inOrder(UUID productId);

	/** Lets ranks collide until commit, for rewriting a whole order in one transaction. */
	void deferRankUniqueness();

	/** Serializes ordering changes of one product until the transaction ends. */
	void lockOrder(UUID productId);

	Optional<String> lastRank(UUID productId);

	/** The product's first item in rank order, or its last; whatever their status. */
	Optional<Item> atEnd(UUID productId, boolean first);

	/** The rank of the item right before or right after {@code rank} in the product order. */
	Optional<String> neighbourRank(UUID productId, String rank, boolean before);

	List<Item> page(ItemQuery query, long offset, int limit);

	/** The next {@code limit} items ranked after {@code afterRank}: keyset paging, no offset to skip. */
	List<Item> pageAfter(ItemQuery query, String afterRank, int limit);

	/** The readiness last announced for each of the items, in one read. */
	java.util.Map<UUID, Boolean> announcedReadiness(List<UUID> ids);

	/**
	 * Records a change that is no field of the item, such as a ticked checklist item or the
	 * children of a split, in the history of the item's current version.
	 */
	void recordHistory(Item item, Actor actor, String field, String oldValue, String newValue);

	/** A page of the item's history, newest version first. */
	List<HistoryEntry> history(UUID id, long offset, int limit);

	/** How many entries the item's history has. */
	long historyCount(UUID id);

	/**
	 * How many items match, counted no further than {@code cap}: a scan stops after {@code cap + 1}
	 * matches and answers {@link ItemCount#moreThan}. The whole product's size is kept on every
	 * insert, not scanned, so it is exact whatever the cap.
	 */
	ItemCount count(ItemQuery query, int cap);

}
