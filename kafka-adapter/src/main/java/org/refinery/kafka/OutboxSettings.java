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
 * @param keepCompletedFor completed publications are proof that an event left; they are kept this
 *        long for inspection, then deleted, so that the table does not grow with every event ever sent
 * @param purgeEvery how often completed publications past {@code keepCompletedFor} are deleted
 */
@ConfigurationProperties("refinery.outbox")
public record OutboxSettings(@DefaultValue("10s") Duration resubmitEvery, @DefaultValue("30s") Duration resubmitOlderThan,
		@DefaultValue("7d") Duration keepCompletedFor, @DefaultValue("1h") Duration purgeEvery) {

	public OutboxSettings {
		if (resubmitEvery.isNegative() || resubmitEvery.isZero()) {
			throw new IllegalArgumentException("refinery.outbox.resubmit-every must be positive");
		}
		if (resubmitOlderThan.isNegative()) {
			throw new IllegalArgumentException("refinery.outbox.resubmit-older-than must not be negative");
		}
		if (keepCompletedFor.isNegative()) {
			throw new IllegalArgumentException("refinery.outbox.keep-completed-for must not be negative");
		}
		if (purgeEvery.isNegative() || purgeEvery.isZero()) {
			throw new IllegalArgumentException("refinery.outbox.purge-every must be positive");
		}
	}

}
