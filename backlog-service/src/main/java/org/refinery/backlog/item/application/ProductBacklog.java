package org.refinery.backlog.item.application;

import org.refinery.backlog.item.HistoryEntry;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemCount;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.NewItem;
import org.refinery.backlog.item.Ranks;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** The product backlog as a whole: adding items, reading it in order, and reordering it. */
@Service
public class ProductBacklog {

	private final ItemAccess access;

	private final Items items;

	private final BacklogPages pages;

	ProductBacklog(ItemAccess access, Items items, BacklogPages pages) {
		this.access = access;
		this.items = items;
		this.pages = pages;
	}

	/**
	 * Adds an item at the end of the product order, as DRAFT. Adding to one product is serial (the
	 * product's order stays locked from {@link Items#nextNumber} until commit), so everything else
	 * is read before the lock: under it are only the last rank, the item with its history, and the
	 * outbox entry.
	 */
	@Transactional
	public Added add(String productKey, NewItem command, Caller caller) {
		Product product = access.visibleProduct(productKey, caller);
		access.requireTeamOf(product, command.teamKey());
		command.contributingTeamKeys().forEach(team -> access.requireTeamOf(product, team));
		if (!access.manages(caller, productKey) && (command.teamKey() == null || !caller.isMemberOf(command.teamKey()))) {
			throw new ProductAccessDenied("Only members of the owning team or product owners add items");
		}
		if (command.parentId() != null) {
			access.requireItemOf(product, command.parentId(), "/parentId");
		}
		DefinitionOfReady definition = access.definitionOf(product.id());
		long number = items.nextNumber(product.id());
		String rank = Ranks.after(items.lastRank(product.id()).orElse(null));
		Item item = new Item(UUID.randomUUID(), product.id(), product.key(), product.key() + "-" + number,
				command.type(), command.title(), command.description(), command.acceptanceCriteria(),
				command.estimate(), command.teamKey(), command.contributingTeamKeys(), command.parentId(), rank,
				ItemStatus.DRAFT, null, null, 1);
		return access.add(item, definition, caller);
	}

	/**
	 * Splits an item into children placed right after it in the product order. Children inherit
	 * the owning and contributing teams; the parent stays as their container, and the split
	 * itself is announced so that goal links can follow.
	 */
	@Transactional
	public List<Added> split(UUID id, Long expectedVersion, List<NewItem> parts, Caller caller) {
		Item visible = access.editable(id, expectedVersion, caller);
		DefinitionOfReady definition = access.definitionOf(visible.productId());
		items.lockOrder(visible.productId());
		Item parent = items.byId(id).orElseThrow();
		ItemAccess.requireVersion(parent, expectedVersion);
		if (parent.status() == ItemStatus.REMOVED || parent.status() == ItemStatus.DONE) {
			throw new ItemRuleViolation(parent.key() + " is " + parent.status() + " and cannot be split");
		}
		String after = parent.rank();
		String next = items.neighbourRank(parent.productId(), parent.rank(), false).orElse(null);
		List<Added> children = new java.util.ArrayList<>();
		for (NewItem part : parts) {
			long number = items.nextNumber(parent.productId());
			after = Ranks.between(after, next);
			Item child = new Item(UUID.randomUUID(), parent.productId(), parent.productKey(),
					parent.productKey() + "-" + number, part.type(), part.title(), part.description(),
					part.acceptanceCriteria(), part.estimate(), parent.teamKey(), parent.contributingTeamKeys(),
					parent.id(), after, ItemStatus.DRAFT, null, null, 1);
			children.add(access.add(child, definition, caller));
		}
		Item splitParent = parent.reassessed();
		items.update(parent, splitParent, Actor.of(caller));
		items.recordHistory(splitParent, Actor.of(caller), "children", null,
				String.join(", ", children.stream().map(added -> added.item().key()).toList()));
		access.announce(Change.SPLIT, parent, splitParent, caller,
				children.stream().map(added -> added.item().id()).toList());
		return children;
	}

	@Transactional(readOnly = true)
	public Item get(UUID id, Caller caller) {
		return access.visibleItem(id, caller);
	}

	/**
	 * One page of the backlog in rank order: after the item of rank {@code afterRank} when given
	 * (keyset paging, as fast deep in the backlog as at its top), otherwise from {@code offset}.
	 * Its total is counted up to {@link ItemListSettings#countCap} ({@link Items#count}), beside
	 * the page rather than after it ({@link BacklogPages}); a numbered page that is not full
	 * already tells the exact total.
	 */
	public Page page(String productKey, ItemFilter filter, Caller caller, long offset, String afterRank, int limit) {
		return pages.page(productKey, filter, caller, offset, afterRank, limit);
	}

	/** Places the item right before or right after another item of the same product. */
	@Transactional
	public Item move(UUID id, Long expectedVersion, UUID targetId, boolean before, Caller caller) {
		Item visible = access.visibleItem(id, caller);
		requireReordering(visible, caller);
		if (id.equals(targetId)) {
			throw new ItemRuleViolation("An item cannot be moved relative to itself");
		}
		items.lockOrder(visible.productId());
		Item item = items.byId(id).orElseThrow();
		ItemAccess.requireVersion(item, expectedVersion);
		Item target = access.requireItemOf(access.visibleProduct(item.productKey(), caller), targetId,
				before ? "/before" : "/after");
		String neighbour = items.neighbourRank(item.productId(), target.rank(), before).orElse(null);
		if (item.rank().equals(neighbour)) {
			return item;
		}
		String rank = before ? Ranks.between(neighbour, target.rank()) : Ranks.between(target.rank(), neighbour);
		Item moved = access.apply(Change.RERANKED, item, item.reranked(rank), caller);
		if (rank.length() > Ranks.MAX_LENGTH) {
			respace(item.productId(), caller);
			return items.byId(id).orElseThrow();
		}
		return moved;
	}

	/** Reordering a backlog is its product owners' call. */
	public void requireReordering(Item item, Caller caller) {
		if (!access.manages(caller, item.productKey())) {
			throw new ProductAccessDenied("Only product owners of " + item.productKey() + " reorder its backlog");
		}
	}

	/**
	 * Gives every item of the product an evenly spaced rank in its current order. Needed only
	 * when one gap was hammered by hundreds of moves; every item is announced as reranked so
	 * that read models elsewhere keep comparing ranks correctly.
	 */
	private void respace(UUID productId, Caller caller) {
		items.deferRankUniqueness();
		List<Item> order = items.inOrder(productId);
		String[] ranks = Ranks.spaced(order.size());
		for (int i = 0; i < order.size(); i++) {
			Item before = order.get(i);
			Item after = before.reranked(ranks[i]);
			items.update(before, after, Actor.of(caller));
			access.announce(Change.RERANKED, before, after, caller);
		}
	}

	/** The item's readiness, rule by rule. */
	@Transactional(readOnly = true)
	public Readiness readiness(UUID id, Caller caller) {
		return access.readinessOf(access.visibleItem(id, caller));
	}

	/** An item's readiness, for items the caller already holds. */
	@Transactional(readOnly = true)
	public Readiness readinessOf(Item item) {
		return access.readinessOf(item);
	}

	/** A page of the item's history, newest first, with the number of all its entries. */
	@Transactional(readOnly = true)
	public History history(UUID id, long offset, int limit, Caller caller) {
		UUID visible = access.visibleItem(id, caller).id();
		return new History(items.history(visible, offset, limit), items.historyCount(visible));
	}

	/** One page of an item's history and how many entries it has in all. */
	public record History(List<HistoryEntry> entries, long total) {
	}

	/** A new item and the readiness it was announced with, so that the answer need not read it again. */
	public record Added(Item item, Readiness readiness) {
	}

	/**
	 * Optional filters of a product's backlog view, each value list matching any of its values;
	 * {@code text} is searched for in key, title, description and acceptance criteria. Without
	 * {@code all}, DONE and REMOVED items are left out unless statuses are named.
	 */
	public record ItemFilter(List<String> teamKeys, List<ItemStatus> statuses, List<ItemType> types, String text,
			boolean all) {

		public ItemFilter {
			teamKeys = teamKeys == null ? List.of() : List.copyOf(teamKeys);
			statuses = statuses == null ? List.of() : List.copyOf(statuses);
			types = types == null ? List.of() : List.copyOf(types);
		}

	}

	/**
	 * One page of items in rank order, how many match in all (up to a cap, see {@link ItemCount}),
	 * and each item's announced readiness.
	 */
	public record Page(List<Item> items, ItemCount total, java.util.function.Function<UUID, Readiness> readiness) {
	}

}
