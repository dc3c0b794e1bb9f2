package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.summary.ComputedSummary;
import org.refinery.alignment.summary.Portfolio;
import org.refinery.alignment.summary.Scope;
import org.refinery.alignment.summary.Snapshots;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
public class PortfolioOverview {

	private final KnownProducts products;

	private final ProductSummaries summaries;

	private final Snapshots snapshots;

	private final Clock clock;

	PortfolioOverview(KnownProducts products, ProductSummaries summaries, Snapshots snapshots, Clock clock) {
		this.products = products;
		this.summaries = summaries;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	/**
	 * Every product the caller may see, their themes combined, and the trend of the last {@code days}
	 * days. A product that just changed shows its previous figures, marked stale with their age,
	 * while the refresher recomputes them: the view never waits for many recomputations at once.
	 */
	@Transactional(readOnly = true)
	public Portfolio portfolio(Scope scope, int days, Caller caller) {
		List<ComputedSummary> visible = products.all()
			.stream()
			.map(KnownProduct::key)
			.filter(caller::canSee)
			.map(key -> summaries.latestOf(key, scope))
			.toList();
		LocalDate from = LocalDate.now(clock).minusDays(days - 1L);
		return Portfolio.of(visible, snapshots.since(from, caller.visibleProducts()));
	}

}
