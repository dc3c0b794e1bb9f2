package org.refinery.forecast.forecast.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.refinery.forecast.forecast.Forecasts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Every product gets a baseline at least daily, even when nothing changed (the running period's
 * remaining share shrinks each day), and a product known before baselines existed gets its first
 * one without anyone asking: every check, the products whose latest baseline is older than
 * {@code refinery.forecast.baseline.max-age} (or that have none) are noted for recomputation.
 * One replica takes each check (ADR 0011), so a stale baseline is recomputed once, not once per
 * replica.
 */
@Component
class BaselineFreshness {

	private static final Logger log = LoggerFactory.getLogger(BaselineFreshness.class);

	private final Forecasts forecasts;

	private final Recomputation recomputation;

	private final Duration maxAge;

	private final Clock clock = Clock.systemUTC();

	BaselineFreshness(Forecasts forecasts, Recomputation recomputation, BaselineAgeSettings settings) {
		this.forecasts = forecasts;
		this.recomputation = recomputation;
		this.maxAge = settings.maxAge();
	}

	@Scheduled(initialDelayString = "${refinery.forecast.baseline.check:PT10M}",
			fixedDelayString = "${refinery.forecast.baseline.check:PT10M}")
	@SchedulerLock(name = "forecast-baseline-freshness", lockAtMostFor = "PT10M")
	public void noteStale() {
		try {
			forecasts.productsWithoutBaselineSince(clock.instant().minus(maxAge)).forEach(recomputation::note);
		}
		catch (RuntimeException ex) {
			log.warn("Could not find the products whose baseline is older than {}: {}", maxAge, ex.getMessage());
		}
	}

}
