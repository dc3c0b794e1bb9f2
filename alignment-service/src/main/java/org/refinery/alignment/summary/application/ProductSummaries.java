package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.goal.Caller;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.link.Links;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.BacklogAlignment;
import org.refinery.alignment.summary.ProductNotFound;
import org.refinery.alignment.summary.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductSummaries {

	private final KnownProducts products;

	private final BacklogItems items;

	private final Goals goals;

	private final Links links;

	private final SummaryCache cache;

	ProductSummaries(KnownProducts products, BacklogItems items, Goals goals, Links links, SummaryCache cache) {
		this.products = products;
		this.items = items;
		this.goals = goals;
		this.links = links;
		this.cache = cache;
	}

	/** The alignment of a product the caller may see, computed from one consistent read. */
	@Transactional(readOnly = true)
	public AlignmentSummary summary(String productKey, Scope scope, Caller caller) {
		if (!caller.canSee(productKey) || products.withKey(productKey).isEmpty()) {
			throw new ProductNotFound(productKey);
		}
		return summaryOf(productKey, scope);
	}

	/**
	 * The alignment of a product, without checking who asks (for metrics and snapshots); the
	 * common scopes come from the cache while nothing of the product changed.
	 */
	@Transactional(readOnly = true)
	public AlignmentSummary summaryOf(String productKey, Scope scope) {
		return cache.get(productKey, scope, () -> {
			var alignment = new BacklogAlignment(goals.inForceFor(productKey), links.activeOfProduct(productKey));
			return alignment.summarize(productKey, items.ofProduct(productKey), scope);
		});
	}

}
