package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogChanged;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.simulation.NoHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps forecasts current: after a product's backlog changed (noted once the change is
 * committed), its forecast is recomputed as last asked for, at most once per debounce interval
 * per product. Products nobody asked a forecast for, and products without history, are skipped.
 */
@Component
class Recomputation {

	private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

	private final ProductForecasts forecasts;

	private final Duration debounce;

	private final Clock clock = Clock.systemUTC();

	private final Set<String> changed = ConcurrentHashMap.newKeySet();

	private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

	Recomputation(ProductForecasts forecasts,
			@Value("${refinery.forecast.recompute.debounce:PT30S}") Duration debounce) {
		this.forecasts = forecasts;
		this.debounce = debounce;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(BacklogChanged change) {
		changed.add(change.productKey());
	}

	@Scheduled(fixedDelayString = "${refinery.forecast.recompute.check:PT5S}")
	void recomputeDue() {
		Instant now = clock.instant();
		for (String product : Set.copyOf(changed)) {
			Instant last = lastRun.get(product);
			if (last == null || !last.plus(debounce).isAfter(now)) {
				changed.remove(product);
				lastRun.put(product, now);
				recompute(product);
			}
		}
	}

	private void recompute(String product) {
		try {
			forecasts.recompute(product);
		}
		catch (NoHistory | ProductNotFound ex) {
			log.debug("No forecast for {}: {}", product, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Recomputing the forecast of {} failed", product, ex);
		}
	}

}
