package org.refinery.forecast.forecast;

import java.time.Instant;

/**
 * What the platform computes a product's baseline with: trials, unit, upcoming periods and how
 * many of each team's latest samples to draw from ({@code null}: all). Only the product owner or an
 * administrator changes them; {@code version} 0 means never changed (the defaults). The baseline's
 * seed is fixed per product ({@link #seedOf}), so a baseline moves only when its inputs move, and a
 * scenario run with the same seed differs from it only by what the scenario changed.
 */
public record BaselineSettings(String productKey, int trials, Mode mode, int horizon, Integer historyWindow,
		long version, Instant changedAt, String changedBy) {

	public static final int DEFAULT_TRIALS = 10_000;

	public static final int DEFAULT_HORIZON = 6;

	/** The settings of a product whose owner never changed them. */
	public static BaselineSettings defaults(String productKey) {
		return new BaselineSettings(productKey, DEFAULT_TRIALS, Mode.COUNT, DEFAULT_HORIZON, null, 0, null, null);
	}

	/** The same product's settings changed to these values, one version on. */
	public BaselineSettings changedTo(int trials, Mode mode, int horizon, Integer historyWindow, Instant at,
			String by) {
		return new BaselineSettings(productKey, trials, mode, horizon, historyWindow, version + 1, at, by);
	}

	/** The baseline's request: no capacity change, no scope growth. */
	public ForecastRequest request() {
		return new ForecastRequest(trials, horizon, mode, seedOf(productKey), java.util.List.of(), historyWindow);
	}

	/** A product's fixed seed: the same inputs give the same baseline. */
	public static long seedOf(String productKey) {
		return productKey.hashCode() * 0x9E3779B97F4A7C15L;
	}

}
