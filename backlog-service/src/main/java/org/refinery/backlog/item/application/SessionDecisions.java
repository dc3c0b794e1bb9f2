package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemDecisions;
import org.refinery.backlog.item.NewItem;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Item changes decided in a refinement session, made through the same use cases as anyone's
 * changes, inside the session's transaction: if the item refuses, no outcome is recorded.
 */
@Service
class SessionDecisions implements ItemDecisions {

	private final ItemChanges changes;

	private final ProductBacklog backlog;

	SessionDecisions(ItemChanges changes, ProductBacklog backlog) {
		this.changes = changes;
		this.backlog = backlog;
	}

	@Override
	@Transactional
	public Item declareReady(UUID itemId, Caller caller) {
		return changes.declareReady(itemId, caller);
	}

	@Override
	@Transactional
	public Item estimate(UUID itemId, BigDecimal points, Caller caller) {
		return changes.estimate(itemId, null, points, caller);
	}

	@Override
	@Transactional
	public Item remove(UUID itemId, String reason, Caller caller) {
		return changes.remove(itemId, null, reason, caller);
	}

	@Override
	@Transactional
	public List<Item> split(UUID itemId, List<NewItem> parts, Caller caller) {
		return backlog.split(itemId, null, parts, caller).stream().map(ProductBacklog.Added::item).toList();
	}

}
