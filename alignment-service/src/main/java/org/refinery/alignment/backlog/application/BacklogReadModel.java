package org.refinery.alignment.backlog.application;

import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.backlog.ItemWasSplit;
import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BacklogReadModel {

	private final BacklogItems items;

	private final KnownProducts products;

	private final ApplicationEventPublisher events;

	BacklogReadModel(BacklogItems items, KnownProducts products, ApplicationEventPublisher events) {
		this.items = items;
		this.products = products;
		this.events = events;
	}

	/** Keeps the item's state when it is newer than the held one; says whether it did. */
	@Transactional
	public boolean apply(BacklogItem item) {
		boolean applied = item.supersedes(items.byId(item.id()).orElse(null)) && items.save(item);
		if (applied) {
			events.publishEvent(new BacklogChanged(item.productKey()));
		}
		return applied;
	}

	/**
	 * Keeps the state of a split item like any other and, when it was new, announces the split
	 * in the same transaction, so that whatever follows from it commits with the read model.
	 */
	@Transactional
	public boolean applySplit(BacklogItem parent, ItemWasSplit split) {
		boolean applied = apply(parent);
		if (applied) {
			events.publishEvent(split);
		}
		return applied;
	}

	/** Keeps the product's state when it is newer than the held one; says whether it did. */
	@Transactional
	public boolean apply(KnownProduct product) {
		return product.supersedes(products.byId(product.id()).orElse(null)) && products.save(product);
	}

}
