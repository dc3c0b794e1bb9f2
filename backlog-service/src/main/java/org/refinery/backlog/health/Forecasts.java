package org.refinery.backlog.health;

import java.time.Instant;
import java.util.UUID;

/** The latest forecast of each product, as far as the health score needs it. */
public interface Forecasts {

	/**
	 * Keeps the forecast when it was generated later than the one held for its product, and says
	 * whether it did; a repeated or older forecast changes nothing.
	 *
	 * @param spread the forecast's spread, or {@code null} when no item has a P50 within its horizon
	 */
	boolean keepLatest(UUID productId, UUID forecastId, Instant generatedAt, ForecastSpread spread);

}
