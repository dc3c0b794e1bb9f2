package org.refinery.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Periodically resubmits outbox entries that are still incomplete (see {@link OutboxSettings})
 * and publishes how many are pending as {@code refinery.outbox.pending}, so that an operator sees
 * an outbox that does not drain, and a test can wait for it to drain after a broker outage.
 */
class OutboxResubmission implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	private final IncompleteEventPublications publications;

	private final OutboxSettings settings;

	private final LongSupplier pending;

	private ScheduledExecutorService scheduler;

	private volatile boolean failing;

	OutboxResubmission(IncompleteEventPublications publications, OutboxSettings settings, LongSupplier pending,
			MeterRegistry meters) {
		this.publications = publications;
		this.settings = settings;
		this.pending = pending;
		Gauge.builder("refinery.outbox.pending", this, OutboxResubmission::pending)
			.description("Outbox entries (event publications) not yet completed")
			.register(meters);
	}

	@Override
	public void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-resubmission").factory());
		long every = settings.resubmitEvery().toMillis();
		scheduler.scheduleWithFixedDelay(this::resubmit, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		scheduler.shutdownNow();
		scheduler = null;
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	void resubmit() {
		try {
			if (pending() > 0) {
				publications.resubmitIncompletePublicationsOlderThan(settings.resubmitOlderThan());
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
