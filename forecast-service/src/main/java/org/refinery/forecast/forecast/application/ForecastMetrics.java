package org.refinery.forecast.forecast.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.refinery.forecast.simulation.Outcome;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per product: how long simulations take ({@code refinery.forecast.duration}), how many trials
 * ran ({@code refinery.forecast.trials}, so trials per second is their ratio) and how many teams
 * forecast on too little history ({@code refinery.forecast.low.history.teams}).
 */
@Component
class ForecastMetrics {

	private final MeterRegistry registry;

	private final Map<String, AtomicInteger> lowHistoryTeams = new ConcurrentHashMap<>();

	ForecastMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void computed(String productKey, long nanos, Outcome outcome) {
		Tags product = Tags.of("product", productKey);
		Timer.builder("refinery.forecast.duration").tags(product).register(registry).record(nanos, TimeUnit.NANOSECONDS);
		registry.counter("refinery.forecast.trials", product).increment(outcome.trials());
		lowHistoryTeams
			.computeIfAbsent(productKey,
					key -> registry.gauge("refinery.forecast.low.history.teams", product, new AtomicInteger()))
			.set(outcome.lowConfidenceTeams().size());
	}

}
