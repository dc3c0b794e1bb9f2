package org.refinery.forecast.throughput.web;

import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of a team's throughput as the REST API shows it. */
record SampleView(String productKey, LocalDate periodStart, LocalDate periodEnd, int items, BigDecimal points,
		SampleSource source) {

	static SampleView of(ThroughputSample sample) {
		return new SampleView(sample.productKey(), sample.periodStart(), sample.periodEnd(), sample.items(),
				sample.points(), sample.source());
	}

}
