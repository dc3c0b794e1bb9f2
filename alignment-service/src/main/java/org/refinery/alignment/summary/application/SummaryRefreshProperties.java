package org.refinery.alignment.summary.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param delay how long after a committed change its product's summaries are recomputed; changes
 *     within this window share one recomputation
 */
@ConfigurationProperties("refinery.alignment.summary-refresh")
record SummaryRefreshProperties(@DefaultValue("PT1S") Duration delay) {
}
