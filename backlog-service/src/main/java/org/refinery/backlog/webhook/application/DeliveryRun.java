package org.refinery.backlog.webhook.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.refinery.backlog.webhook.Backoff;
import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.DestinationRefused;
import org.refinery.backlog.webhook.Destinations;
import org.refinery.backlog.webhook.Outcome;
import org.refinery.backlog.webhook.Receivers;
import org.refinery.backlog.webhook.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Sends what is due, on every replica: claims a batch, sends each claimed delivery and records
 * the outcome, and goes on at once while there was work (an aggregate's next event becomes due
 * only when its previous one is delivered). Counts deliveries as
 * {@code refinery.webhooks.deliveries{outcome=delivered|failed|dead}}.
 */
@Component
class DeliveryRun {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRun.class);

	private final Deliveries deliveries;

	private final Receivers receivers;

	private final Destinations destinations;

	private final Backoff backoff;

	private final WebhookSettings settings;

	private final Counter delivered;

	private final Counter failed;

	private final Counter dead;

	DeliveryRun(Deliveries deliveries, Receivers receivers, Destinations destinations, WebhookSettings settings,
			MeterRegistry meters) {
		this.deliveries = deliveries;
		this.receivers = receivers;
		this.destinations = destinations;
		this.backoff = settings.backoff();
		this.settings = settings;
		this.delivered = counter(meters, "delivered");
		this.failed = counter(meters, "failed");
		this.dead = counter(meters, "dead");
	}

	@Scheduled(fixedDelayString = "${refinery.webhooks.poll-interval:1s}")
	void sendDue() {
		List<Shipment> claimed = deliveries.claim(settings.batchSize(), settings.lease());
		while (!claimed.isEmpty()) {
			claimed.forEach(this::send);
			claimed = deliveries.claim(settings.batchSize(), settings.lease());
		}
	}

	void send(Shipment shipment) {
		Outcome outcome = attempt(shipment);
		if (outcome.delivered()) {
			deliveries.delivered(shipment.deliveryId(), outcome);
			delivered.increment();
		}
		else if (backoff.exhausted(shipment.attempt())) {
			deliveries.dead(shipment.deliveryId(), outcome);
			dead.increment();
			log.warn("Webhook delivery {} is dead after {} attempts: {}", shipment.deliveryId(), shipment.attempt(),
					outcome.error());
		}
		else {
			Duration pause = backoff.pauseAfter(shipment.attempt());
			deliveries.retryAfter(shipment.deliveryId(), outcome, pause);
			failed.increment();
		}
	}

	private Outcome attempt(Shipment shipment) {
		try {
			destinations.check(shipment.url());
		}
		catch (DestinationRefused ex) {
			return Outcome.failed(ex.getMessage());
		}
		return receivers.send(shipment);
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder("refinery.webhooks.deliveries")
			.description("Webhook delivery attempts by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

}
