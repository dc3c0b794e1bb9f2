package org.refinery.backlog.item.application;

import org.refinery.backlog.item.BulkAction;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One action on many items of a product, all or nothing. Each item goes through the same change
 * as its single-item endpoint (rights, version, Definition of Ready, history, one event), so a bulk
 * change is exactly the sum of single ones. Every item is tried even after one is refused, so the
 * answer names every refusal at once; then nothing is kept. All or nothing, because a selection
 * half applied is one the person must repair row by row, and a refused row usually means the
 * person acted on a stale picture of the backlog.
 */
@Service
public class BulkChanges {

	private final ItemAccess access;

	private final Items items;

	private final ItemChanges changes;

	private final ProductBacklog backlog;

	BulkChanges(ItemAccess access, Items items, ItemChanges changes, ProductBacklog backlog) {
		this.access = access;
		this.items = items;
		this.changes = changes;
		this.backlog = backlog;
	}

	/**
	 * Applies the action to every target and answers the changed items in request order, or
	 * raises {@link BulkRefused} naming every refused target, and the transaction rolls back.
	 */
	@Transactional(rollbackFor = BulkRefused.class)
	public List<Item> apply(String productKey, List<Target> targets, BulkAction action, Caller caller) {
		Product product = access.visibleProduct(productKey, caller);
		Map<Integer, Item> done = new LinkedHashMap<>();
		List<BulkRefused.Refusal> refused = new ArrayList<>();
		for (int index : order(product, targets, action)) {
			Target target = targets.get(index);
			try {
				access.requireItemOf(product, target.id(), "/items/" + index + "/id");
				done.put(index, applyTo(product, target, action, caller));
			}
			catch (RuntimeException ex) {
				if (!BulkRefused.refusable(ex)) {
					throw ex;
				}
				refused.add(new BulkRefused.Refusal(index, target.id(), ex));
			}
		}
		if (!refused.isEmpty()) {
			throw new BulkRefused(refused);
		}
		List<Item> changed = new ArrayList<>();
		for (int index = 0; index < targets.size(); index++) {
			changed.add(items.byId(targets.get(index).id()).orElse(done.get(index)));
		}
		return changed;
	}

	private Item applyTo(Product product, Target target, BulkAction action, Caller caller) {
		return switch (action.kind()) {
			case ASSIGN_TEAM -> {
				Item item = access.visibleItem(target.id(), caller);
				yield changes.assign(target.id(), target.version(), action.teamKey(), item.contributingTeamKeys(),
						caller);
			}
			case CHANGE_STATUS -> changes.changeStatus(target.id(), target.version(), action.status(), null, caller);
			case ESTIMATE -> changes.estimate(target.id(), target.version(), action.estimate(), caller);
			case MOVE_TO_TOP -> toEnd(product, target, true, caller);
			case MOVE_TO_BOTTOM -> toEnd(product, target, false, caller);
		};
	}

	/**
	 * Moves the item before the product's first item or after its last. An item already there
	 * stays, after the same checks a move makes.
	 */
	private Item toEnd(Product product, Target target, boolean top, Caller caller) {
		Item end = items.atEnd(product.id(), top).orElseThrow();
		if (!end.id().equals(target.id())) {
			return backlog.move(target.id(), target.version(), end.id(), top, caller);
		}
		Item item = access.visibleItem(target.id(), caller);
		backlog.requireReordering(item, caller);
		ItemAccess.requireVersion(item, target.version());
		return item;
	}

	/**
	 * The order the targets are changed in: request order, except for moves. Moving to the top
	 * goes from the last target in rank order upwards, each before the current first item, and
	 * moving to the bottom from the first target downwards, each after the current last, so that the targets keep their relative order at either end.
	 */
	private List<Integer> order(Product product, List<Target> targets, BulkAction action) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			order.add(i);
		}
		if (action.kind() != BulkAction.Kind.MOVE_TO_TOP && action.kind() != BulkAction.Kind.MOVE_TO_BOTTOM) {
			return order;
		}
		Map<UUID, String> ranks = new LinkedHashMap<>();
		targets.forEach(target -> items.byId(target.id()).filter(item -> item.productId().equals(product.id()))
			.ifPresent(item -> ranks.put(item.id(), item.rank())));
		Comparator<Integer> byRank = Comparator.comparing(i -> ranks.getOrDefault(targets.get(i).id(), ""));
		order.sort(action.kind() == BulkAction.Kind.MOVE_TO_TOP ? byRank.reversed() : byRank);
		return order;
	}

	/** One selected item and the version the person saw; a null version skips the check, as If-Match does. */
	public record Target(UUID id, Long version) {
	}

}
