package org.refinery.forecast.throughput;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of imported history as the caller wrote it, not yet checked: {@code line} is
 * its CSV line number or its 1-based position in a JSON list, for error messages.
 */
public record HistoryRow(int line, LocalDate periodStart, LocalDate periodEnd, Integer items, BigDecimal points) {
}
