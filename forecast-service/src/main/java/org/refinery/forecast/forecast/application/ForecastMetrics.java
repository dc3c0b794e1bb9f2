package org.refinery.forecast.forecast.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.refinery.forecast.simulation.Outcome;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per product: how long simulations take ({@code refinery.forecast.duration}), how many trials
 * ran ({@code refinery.forecast.trials}) and how fast the last run was
 * ({@code refinery.forecast.trials.per.second}), the forecast's spread
 * ({@code refinery.forecast.predictability}, median P95 / P50), how often past P85 held
 * ({@code refinery.forecast.calibration}) and how many teams forecast on too little history
 * ({@code refinery.forecast.low.history.teams}). A value not known yet reads NaN. Service-wide: forecasts
 * refused by reason ({@code refinery.forecast.refused}: over-budget, user-busy, service-busy,
 * out-of-time), so that a budget set too tight or too few permits show before users complain.
 */
@Component
class ForecastMetrics {

	private final MeterRegistry registry;

	/** The gauges' values as double bits, per meter name and product. */
	private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

	ForecastMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void computed(String productKey, long nanos, Outcome outcome) {
		Tags product = Tags.of("product", productKey);
		Timer.builder("refinery.forecast.duration").tags(product).register(registry).record(nanos, TimeUnit.NANOSECONDS);
		registry.counter("refinery.forecast.trials", product).increment(outcome.trials());
		set("refinery.forecast.trials.per.second", productKey, outcome.trials() / Math.max(nanos / 1e9, 1e-9));
		set("refinery.forecast.predictability", productKey, orNaN(outcome.predictability()));
		set("refinery.forecast.low.history.teams", productKey, outcome.lowConfidenceTeams().size());
	}

	void refused(String reason) {
		registry.counter("refinery.forecast.refused", "reason", reason).increment();
	}

	void calibrated(String productKey, Double share) {
		set("refinery.forecast.calibration", productKey, orNaN(share));
	}

	private void set(String name, String productKey, double value) {
		values.computeIfAbsent(name + "|" + productKey, key -> {
			AtomicLong bits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
			Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get())).tag("product", productKey)
				.register(registry);
			return bits;
		}).set(Double.doubleToLongBits(value));
	}

	private static double orNaN(Double value) {
		return value == null ? Double.NaN : value;
	}

}
