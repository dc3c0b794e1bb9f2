package org.refinery.forecast.throughput.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of history to import, as JSON; checked with the others by the domain. */
record SampleRequest(LocalDate periodStart, LocalDate periodEnd, Integer items, BigDecimal points) {
}
