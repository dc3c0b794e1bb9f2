package org.refinery.backlog.webhook.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the delivery log bounded: every {@code refinery.webhooks.purge-every}, one replica (ADR
 * 0011) deletes delivered deliveries older than {@link WebhookSettings#keepDelivered()} and dead
 * ones whose last attempt is older than {@link WebhookSettings#keepDead()}; pending and sending
 * ones are work still to do and stay however old. It deletes {@link WebhookSettings#purgeBatch()}
 * rows per statement, each its own transaction, until a batch comes back short, so a first run on
 * a large table never holds many locks for long. Counts the deleted rows as
 * {@code refinery.webhooks.deliveries.purged{status=delivered|dead}}.
 */
@Component
class DeliveryPurge {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPurge.class);

	private final Deliveries deliveries;

	private final WebhookSettings settings;

	private final Counter delivered;

	private final Counter dead;

	DeliveryPurge(Deliveries deliveries, WebhookSettings settings, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.delivered = counter(meters, "delivered");
		this.dead = counter(meters, "dead");
	}

	@Scheduled(initialDelayString = "${refinery.webhooks.purge-every:1h}",
			fixedDelayString = "${refinery.webhooks.purge-every:1h}")
	@SchedulerLock(name = "webhook-delivery-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void purgeOnOneReplica() {
		try {
			purge();
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete webhook deliveries past their retention, retrying in {}: {}",
					settings.purgeEvery(), ex.getMessage());
		}
	}

	/** One pass over both statuses; answers how many deliveries it deleted in all. */
	int purge() {
		Instant now = Instant.now();
		int purged = purge(DeliveryStatus.DELIVERED, now.minus(settings.keepDelivered()), delivered)
				+ purge(DeliveryStatus.DEAD, now.minus(settings.keepDead()), dead);
		if (purged > 0) {
			log.info("Deleted {} webhook deliveries past their retention (delivered {}, dead {})", purged,
					settings.keepDelivered(), settings.keepDead());
		}
		return purged;
	}

	private int purge(DeliveryStatus status, Instant before, Counter counter) {
		int total = 0;
		int deleted;
		do {
			deleted = deliveries.purge(status, before, settings.purgeBatch());
			counter.increment(deleted);
			total += deleted;
		}
		while (deleted == settings.purgeBatch());
		return total;
	}

	private static Counter counter(MeterRegistry meters, String status) {
		return Counter.builder("refinery.webhooks.deliveries.purged")
			.description("Webhook deliveries deleted past their retention, by status")
			.tag("status", status)
			.register(meters);
	}

}
