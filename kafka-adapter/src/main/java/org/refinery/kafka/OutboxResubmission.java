package org.refinery.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Periodically resubmits outbox entries that are still incomplete (see {@link OutboxSettings})
 * and publishes how many are pending as {@code refinery.outbox.pending}, so that an operator sees
 * an outbox that does not drain, and a test can wait for it to drain after a broker outage.
 */
class OutboxResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	private final Consumer<Duration> resubmitOlderThan;

	private final OutboxSettings settings;

	private final LongSupplier pending;

	private volatile boolean failing;

	/** @param resubmitOlderThan Modulith's {@code IncompleteEventPublications::resubmitIncompletePublicationsOlderThan} */
	OutboxResubmission(Consumer<Duration> resubmitOlderThan, OutboxSettings settings, LongSupplier pending,
			MeterRegistry meters) {
		this.resubmitOlderThan = resubmitOlderThan;
		this.settings = settings;
		this.pending = pending;
		Gauge.builder("refinery.outbox.pending", this, OutboxResubmission::pending)
			.description("Outbox entries (event publications) not yet completed")
			.register(meters);
	}

	void resubmit() {
		try {
			if (pending() > 0) {
				resubmitOlderThan.accept(settings.resubmitOlderThan());
			}
			if (failing) {
				log.info("Outbox resubmission works again");
				failing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!failing) {
				log.warn("Outbox resubmission failed, retrying every {}: {}", settings.resubmitEvery(), ex.getMessage());
				failing = true;
			}
		}
	}

	double pending() {
		return pending.getAsLong();
	}

}
