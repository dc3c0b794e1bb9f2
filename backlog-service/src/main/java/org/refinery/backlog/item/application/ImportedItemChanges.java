package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemContent;
import org.refinery.backlog.item.ItemImports;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link ItemImports} through the same {@link ItemAccess} path as the API's changes. An item
 * removed upstream is created and then removed, two events as through the API.
 */
@Component
class ImportedItemChanges implements ItemImports {

	private final ItemAccess access;

	private final Items items;

	private final Clock clock;

	ImportedItemChanges(ItemAccess access, Items items, Clock clock) {
		this.access = access;
		this.items = items;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Item create(Product product, ItemContent content, String rank, Caller caller) {
		long number = items.nextNumber(product.id());
		boolean removed = content.status() == ItemStatus.REMOVED;
		ItemStatus status = removed ? ItemStatus.DRAFT : content.status();
		Instant completed = status == ItemStatus.DONE ? clock.instant() : null;
		Item item = new Item(UUID.randomUUID(), product.id(), product.key(), product.key() + "-" + number,
				content.type(), content.title(), content.description(), content.acceptanceCriteria(),
				content.estimate(), content.teamKey(), content.contributingTeamKeys(), content.parentId(), rank,
				status, completed, null, 1);
		Item added = access.add(item, access.definitionOf(product.id()), caller).item();
		// A removal is stored as the API stores it: a change of its own, with its reason.
		return removed ? access.apply(Change.REMOVED, added, added.removed(reason(content)), caller) : added;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Item update(Item item, ItemContent content, Caller caller) {
		List<String> differences = content.differencesFrom(item);
		Item current = item;
		if (differences.contains("status") && current.status() == ItemStatus.REMOVED) {
			current = access.apply(Change.RESTORED, current, current.restored(), caller);
		}
		if (differences.contains("text")) {
			current = access.apply(Change.REFINED, current,
					current.refined(content.title(), content.description(), content.acceptanceCriteria()), caller);
		}
		if (differences.contains("teams")) {
			current = access.apply(Change.ASSIGNED, current,
					current.assigned(content.teamKey(), content.contributingTeamKeys()), caller);
		}
		if (differences.contains("estimate")) {
			current = access.apply(Change.ESTIMATED, current, current.estimated(content.estimate()), caller);
		}
		if (differences.contains("status")) {
			current = moveTo(current, content, caller);
		}
		return current;
	}

	private Item moveTo(Item item, ItemContent content, Caller caller) {
		if (content.status() == item.status()) {
			return item;
		}
		if (content.status() == ItemStatus.REMOVED) {
			return access.apply(Change.REMOVED, item, item.removed(reason(content)), caller);
		}
		Instant completed = content.status() == ItemStatus.DONE ? clock.instant() : null;
		Item moved = new Item(item.id(), item.productId(), item.productKey(), item.key(), item.type(), item.title(),
				item.description(), item.acceptanceCriteria(), item.estimate(), item.teamKey(),
				item.contributingTeamKeys(), item.parentId(), item.rank(), content.status(), completed, null,
				item.version() + 1);
		return access.apply(Change.STATUS_CHANGED, item, moved, caller);
	}

	private static String reason(ItemContent content) {
		return content.removedReason() == null || content.removedReason().isBlank() ? "Removed upstream"
				: content.removedReason();
	}

}
