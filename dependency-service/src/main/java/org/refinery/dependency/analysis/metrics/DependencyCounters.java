package org.refinery.dependency.analysis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.refinery.dependency.tracking.DependencyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts dependencies identified and status changes, by product and new status. */
@Component
class DependencyCounters {

	private final MeterRegistry meters;

	DependencyCounters(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	void on(DependencyChanged changed) {
		String product = changed.after().productKey();
		if (changed.identified()) {
			Counter.builder("refinery.dependencies.identified")
				.description("Dependencies identified")
				.tag("product", product)
				.tag("type", changed.after().type().name())
				.register(meters)
				.increment();
		}
		else if (changed.before().status() != changed.after().status()) {
			Counter.builder("refinery.dependencies.status.changes")
				.description("Dependency status changes, by the status moved to")
				.tag("product", product)
				.tag("status", changed.after().status().name())
				.register(meters)
				.increment();
		}
	}

}
