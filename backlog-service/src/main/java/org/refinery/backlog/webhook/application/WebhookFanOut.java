package org.refinery.backlog.webhook.application;

import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.QueuedEvent;
import org.refinery.backlog.webhook.Subscriptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;

/** Turns an event of a product into one delivery per subscription of that product that wants it. */
@Service
public class WebhookFanOut {

	private final Subscriptions subscriptions;

	private final Deliveries deliveries;

	private final Duration settle;

	WebhookFanOut(Subscriptions subscriptions, Deliveries deliveries, WebhookSettings settings) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.settle = settings.settle();
	}

	@Transactional
	public void queue(QueuedEvent event) {
		if (event.productId() == null) {
			return;
		}
		var wanting = subscriptions.wanting(event.productId(), event.eventType());
		if (!wanting.isEmpty()) {
			deliveries.enqueue(wanting, event, settle);
		}
	}

}
