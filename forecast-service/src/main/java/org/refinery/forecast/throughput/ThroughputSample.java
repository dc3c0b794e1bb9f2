package org.refinery.forecast.throughput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What one team finished in one period (a Sprint for Scrum teams, a day for Kanban teams). */
public record ThroughputSample(String teamKey, String productKey, LocalDate periodStart, LocalDate periodEnd,
		int items, BigDecimal points, SampleSource source) {

	public ThroughputSample {
		Objects.requireNonNull(teamKey, "teamKey");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(periodEnd, "periodEnd");
		Objects.requireNonNull(points, "points");
		Objects.requireNonNull(source, "source");
		if (periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("A period cannot end before it starts");
		}
		if (items < 0 || points.signum() < 0) {
			throw new IllegalArgumentException("Throughput cannot be negative");
		}
	}

}
