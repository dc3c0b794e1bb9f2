package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.link.Links;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.BacklogAlignment;
import org.refinery.alignment.summary.ComputedSummary;
import org.refinery.alignment.summary.ProductNotFound;
import org.refinery.alignment.summary.Scope;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Instant;

@Service
public class ProductSummaries {

	private final KnownProducts products;

	private final BacklogItems items;

	private final Goals goals;

	private final Links links;

	private final SummaryCache cache;

	private final Clock clock;

	ProductSummaries(KnownProducts products, BacklogItems items, Goals goals, Links links, SummaryCache cache,
			Clock clock) {
		this.clock = clock;
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
		return cache.get(productKey, scope, () -> compute(productKey, scope));
	}

	/**
	 * The last computed alignment of a product, possibly stale (marked so) while the refresher
	 * recomputes it; computed now only when none was ever kept for the scope. For views over many
	 * products, which should not wait for every product that just changed.
	 */
	@Transactional(readOnly = true)
	public ComputedSummary latestOf(String productKey, Scope scope) {
		return cache.latest(productKey, scope).orElseGet(() -> {
			Instant readAt = clock.instant();
			return new ComputedSummary(summaryOf(productKey, scope), readAt, false);
		});
	}

	/** Recomputes the kept scopes of a product from one read of its goals, links and items. */
	@Transactional(readOnly = true)
	public void refresh(String productKey) {
		var inputs = new AtomicReference<Inputs>();
		cache.refresh(productKey, scope -> {
			Inputs read = inputs.updateAndGet(known -> known != null ? known : read(productKey));
			return read.alignment().summarize(productKey, read.items(), scope);
		});
	}

	private AlignmentSummary compute(String productKey, Scope scope) {
		Inputs read = read(productKey);
		return read.alignment().summarize(productKey, read.items(), scope);
	}

	private Inputs read(String productKey) {
		return new Inputs(new BacklogAlignment(goals.inForceFor(productKey), links.activeOfProduct(productKey)),
				items.ofProduct(productKey));
	}

	private record Inputs(BacklogAlignment alignment, List<BacklogItem> items) {
	}

}
