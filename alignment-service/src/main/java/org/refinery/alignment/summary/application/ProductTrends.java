package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.summary.Portfolio.TrendPoint;
import org.refinery.alignment.summary.Portfolio;
import org.refinery.alignment.summary.ProductNotFound;
import org.refinery.alignment.summary.Snapshots;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Service
public class ProductTrends {

	private final KnownProducts products;

	private final Snapshots snapshots;

	private final Clock clock;

	ProductTrends(KnownProducts products, Snapshots snapshots, Clock clock) {
		this.products = products;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	/** The product's daily figures of the last {@code days} days, oldest first, measured or back-filled. */
	@Transactional(readOnly = true)
	public List<TrendPoint> trend(String productKey, int days, Caller caller) {
		if (!caller.canSee(productKey) || products.withKey(productKey).isEmpty()) {
			throw new ProductNotFound(productKey);
		}
		LocalDate from = LocalDate.now(clock).minusDays(days - 1L);
		return Portfolio.trend(snapshots.since(from, Set.of(productKey)));
	}

}
