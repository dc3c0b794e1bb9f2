package org.refinery.backlog.health.application;

import org.refinery.backlog.health.HealthFacts;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.HealthScore;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.refinery.backlog.health.application.ProductHealth.VELOCITY_PERIODS;

/**
 * The refinement health of every product the caller may see, a page at a time, for the
 * portfolio: the same score as each product's own, read for the whole page together.
 */
@Service
public class PortfolioHealth {

	private final Products products;

	private final HealthFigures figures;

	private final Clock clock;

	PortfolioHealth(Products products, HealthFigures figures, Clock clock) {
		this.products = products;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * One product's score with the figures the portfolio lists beside it.
	 *
	 * @param staleItems open items untouched for 30 days or more, over all teams
	 */
	public record Entry(Product product, HealthScore score, long staleItems) {
	}

	/** A page of entries in key order; {@code total} counts every product the caller may see. */
	public record Page(List<Entry> content, long total) {
	}

	@Transactional(readOnly = true)
	public Page page(Caller caller, int page, int size) {
		ProductScope scope = ProductScope.of(caller);
		List<Product> visible = products.within(scope, page * size, size);
		Map<String, HealthFacts> facts = figures.ofProducts(visible.stream().map(Product::id).toList(), VELOCITY_PERIODS)
			.stream()
			.collect(Collectors.toMap(f -> f.figures().productKey(), Function.identity()));
		Instant now = clock.instant();
		List<Entry> entries = visible.stream()
			.filter(product -> facts.containsKey(product.key()))
			.map(product -> entry(product, facts.get(product.key()), now))
			.toList();
		return new Page(entries, products.countWithin(scope));
	}

	private static Entry entry(Product product, HealthFacts facts, Instant now) {
		long stale = facts.figures().staleByTeam().values().stream().mapToLong(Long::longValue).sum();
		return new Entry(product, HealthScore.of(facts, now), stale);
	}

}
