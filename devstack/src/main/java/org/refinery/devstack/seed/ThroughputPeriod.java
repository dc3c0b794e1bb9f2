package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one team finished in one period: a Sprint for Scrum teams, a day for Kanban teams. */
record ThroughputPeriod(String teamKey, String productKey, LocalDate periodStart, LocalDate periodEnd, int items,
		BigDecimal points) {
}
