package org.refinery.forecast.forecast.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How old a product's baseline may grow while nothing changes.
 *
 * @param maxAge a baseline older than this is recomputed even when none of its inputs changed
 *        (the running period's remaining share shrinks each day), so every product's baseline is
 *        at most this old
 * @param check how often products are checked for a baseline older than {@code maxAge}
 */
@ConfigurationProperties("refinery.forecast.baseline")
public record BaselineAgeSettings(@DefaultValue("P1D") Duration maxAge, @DefaultValue("PT10M") Duration check) {

	public BaselineAgeSettings {
		if (!maxAge.isPositive() || !check.isPositive()) {
			throw new IllegalArgumentException("refinery.forecast.baseline: max-age and check must be positive");
		}
	}

}
