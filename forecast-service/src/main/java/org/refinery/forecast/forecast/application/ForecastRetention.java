package org.refinery.forecast.forecast.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;

/**
 * How long stored forecasts are kept. Past forecasts are only material for calibration, and a
 * product recomputed after every change stores one every few seconds to minutes, so without a
 * bound the table would grow for ever (calibration reads only the compact facts the forecasts
 * left, whose rows older than the retention are deleted with them).
 *
 * @param keep forecasts made longer ago are deleted, and calibration no longer reads them; a
 *        product's latest forecast is kept whatever its age, because readers are served it
 * @param purgeEvery how often forecasts past {@code keep} are deleted
 * @param keepAll every baseline of this long ago is kept; older ones are thinned to the last of
 *        each week (calibration's facts are kept apart, so thinning does not change calibration)
 */
@ConfigurationProperties("refinery.forecast.retention")
public record ForecastRetention(@DefaultValue("400d") Duration keep, @DefaultValue("1h") Duration purgeEvery,
		@DefaultValue("14d") Duration keepAll) {

	@ConstructorBinding
	public ForecastRetention {
		if (keepAll == null || keepAll.isNegative()) {
			throw new IllegalArgumentException("refinery.forecast.retention.keep-all must not be negative");
		}
		if (keep.isNegative() || keep.isZero()) {
			throw new IllegalArgumentException("refinery.forecast.retention.keep must be positive");
		}
		if (purgeEvery.isNegative() || purgeEvery.isZero()) {
			throw new IllegalArgumentException("refinery.forecast.retention.purge-every must be positive");
		}
	}

	public ForecastRetention(Duration keep, Duration purgeEvery) {
		this(keep, purgeEvery, Duration.ofDays(14));
	}

	/** The oldest moment a forecast kept now can have been made at. */
	Instant keptSince(Instant now) {
		return now.minus(keep);
	}

}
