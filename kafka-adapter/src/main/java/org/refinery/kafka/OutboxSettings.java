package org.refinery.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the outbox re-drives events that did not reach Kafka. Spring Modulith resubmits incomplete
 * publications only when a service restarts; without a periodic pass a broker outage of a few
 * seconds would leave committed events undelivered until the next deployment.
 *
 * @param resubmitEvery how often incomplete publications are looked for
 * @param resubmitOlderThan only publications at least this old are resubmitted, so that an
 *        externalization still in flight is not sent twice needlessly (a duplicate would be
 *        harmless: consumers apply a version once)
 */
@ConfigurationProperties("refinery.outbox")
public record OutboxSettings(@DefaultValue("10s") Duration resubmitEvery, @DefaultValue("30s") Duration resubmitOlderThan) {

	public OutboxSettings {
		if (resubmitEvery.isNegative() || resubmitEvery.isZero()) {
			throw new IllegalArgumentException("refinery.outbox.resubmit-every must be positive");
		}
		if (resubmitOlderThan.isNegative()) {
			throw new IllegalArgumentException("refinery.outbox.resubmit-older-than must not be negative");
		}
	}

}
