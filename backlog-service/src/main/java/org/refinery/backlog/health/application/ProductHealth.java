package org.refinery.backlog.health.application;

import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.HealthScore;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** The refinement-health score of a product, for the API; the gauges compute theirs on refresh. */
@Service
public class ProductHealth {

	/** Velocity is the median of this many completed periods. */
	public static final int VELOCITY_PERIODS = 6;

	private final Products products;

	private final HealthFigures figures;

	private final Clock clock;

	ProductHealth(Products products, HealthFigures figures, Clock clock) {
		this.products = products;
		this.figures = figures;
		this.clock = clock;
	}

	/** The score of a product the caller may see; an invisible product is not found (ADR 0005). */
	@Transactional(readOnly = true)
	public HealthScore of(String productKey, Caller caller) {
		Product product = products.withKey(productKey, ProductScope.of(caller))
			.orElseThrow(() -> new ProductNotFound(productKey));
		return figures.ofProduct(product.id(), VELOCITY_PERIODS)
			.map(facts -> HealthScore.of(facts, clock.instant()))
			.orElseThrow(() -> new ProductNotFound(productKey));
	}

}
