package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.forecast.ForecastNotAllowed;
import org.refinery.forecast.access.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may run a product's forecast. A forecast run is a write: its parameters become the
 * product's forecast, which every automatic recomputation reuses and every reader is shown. So
 * only those who answer for the product's plan run it: its product owners, members of its teams,
 * portfolio managers (planning across products is their work) and administrators. A viewer reads
 * the forecast and runs none until what-if scenarios, which never become the product's forecast,
 * exist.
 */
@Component
class Forecasters {

	private final Products products;

	Forecasters(Products products) {
		this.products = products;
	}

	/** Refuses a caller who sees the product (checked before) but may not make its forecast. */
	void requireMayRun(Caller caller, KnownProduct product) {
		if (caller.seesAllProducts() || caller.ownsProduct(product.key())) {
			return;
		}
		if (products.teamsOf(product.id()).stream().noneMatch(team -> caller.isMemberOf(team.key()))) {
			throw new ForecastNotAllowed("Only product owners of " + product.key() + ", members of its teams, "
					+ "portfolio managers and administrators run its forecast; viewers read it");
		}
	}

}
