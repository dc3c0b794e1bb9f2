package org.refinery.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Deletes completed outbox entries once they are older than {@link OutboxSettings#keepCompletedFor()}.
 * Spring Modulith keeps every completed publication by default; a service that sends a few
 * events per second would otherwise carry millions of rows within weeks.
 */
public class OutboxPurge {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private final Consumer<Duration> deleteCompletedOlderThan;

	private final OutboxSettings settings;

	/** @param deleteCompletedOlderThan Modulith's {@code CompletedEventPublications::deletePublicationsOlderThan} */
	OutboxPurge(Consumer<Duration> deleteCompletedOlderThan, OutboxSettings settings) {
		this.deleteCompletedOlderThan = deleteCompletedOlderThan;
		this.settings = settings;
	}

	/** One pass; also what tests call to see the retention applied to a service's own outbox. */
	public void purge() {
		try {
			deleteCompletedOlderThan.accept(settings.keepCompletedFor());
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete completed outbox entries older than {}, retrying in {}: {}",
					settings.keepCompletedFor(), settings.purgeEvery(), ex.getMessage());
		}
	}

}
