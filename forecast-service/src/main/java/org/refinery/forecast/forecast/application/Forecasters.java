package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.forecast.ForecastNotAllowed;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;

/**
 * Who answers for a product's baseline. The baseline is the product's forecast: calibration and
 * the health score judge it, every reader is shown it. So only its product owners and
 * administrators change its settings or run it with parameters of their own; everyone else who
 * sees the product (team members, portfolio managers, viewers) runs what-if scenarios, which
 * never replace it.
 */
@Component
class Forecasters {

	/** Whether the caller, who sees the product (checked before), answers for its baseline. */
	boolean ownsBaseline(Caller caller, KnownProduct product) {
		return caller.admin() || caller.ownsProduct(product.key());
	}

	/** Refuses a caller who sees the product but does not answer for its baseline. */
	void requireOwnsBaseline(Caller caller, KnownProduct product) {
		if (!ownsBaseline(caller, product)) {
			throw new ForecastNotAllowed("Only product owners of " + product.key() + " and administrators set its "
					+ "baseline; everyone who sees it runs what-if scenarios");
		}
	}

}
