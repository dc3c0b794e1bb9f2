package org.refinery.alignment.summary.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param interval how often the back-fill job looks for requested products
 * @param settling how long after a product is first seen its changes ask for a new back-fill
 * @param perRun at most this many products are back-filled per run, so one run stays short
 */
@ConfigurationProperties("refinery.alignment.trend-backfill")
record TrendBackfillProperties(@DefaultValue("PT30S") Duration interval, @DefaultValue("P1D") Duration settling,
		@DefaultValue("5") int perRun) {
}
