package org.refinery.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.CompletedEventPublications;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes completed outbox entries once they are older than {@link OutboxSettings#keepCompletedFor()}.
 * Spring Modulith keeps every completed publication by default; a service that sends a few
 * events per second would otherwise carry millions of rows within weeks.
 */
public class OutboxPurge implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private final CompletedEventPublications completed;

	private final OutboxSettings settings;

	private ScheduledExecutorService scheduler;

	OutboxPurge(CompletedEventPublications completed, OutboxSettings settings) {
		this.completed = completed;
		this.settings = settings;
	}

	@Override
	public void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-purge").factory());
		long every = settings.purgeEvery().toMillis();
		scheduler.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
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

	/** One pass; also what tests call to see the retention applied to a service's own outbox. */
	public void purge() {
		try {
			completed.deletePublicationsOlderThan(settings.keepCompletedFor());
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete completed outbox entries older than {}, retrying in {}: {}",
					settings.keepCompletedFor(), settings.purgeEvery(), ex.getMessage());
		}
	}

}
