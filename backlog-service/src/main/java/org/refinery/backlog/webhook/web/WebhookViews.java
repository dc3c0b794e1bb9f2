package org.refinery.backlog.webhook.web;

import org.refinery.backlog.webhook.Delivery;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.Subscription;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook API answers. A subscription's secret appears only in {@link Created}. */
final class WebhookViews {

	private WebhookViews() {
	}

	/** A product's webhooks and the event types one may subscribe to. */
	record Webhooks(List<Webhook> webhooks, List<String> eventTypes) {
	}

	record Webhook(UUID id, URI url, List<String> eventTypes, String createdBy, Instant createdAt) {

		static Webhook of(Subscription subscription) {
			return new Webhook(subscription.id(), subscription.url(),
					subscription.eventTypes().stream().sorted().toList(), subscription.createdBy(),
					subscription.createdAt());
		}

	}

	/** A new webhook with its secret: the only answer that ever shows it. */
	record Created(UUID id, URI url, List<String> eventTypes, String createdBy, Instant createdAt, String secret) {

		static Created of(Subscription subscription, String secret) {
			Webhook webhook = Webhook.of(subscription);
			return new Created(webhook.id(), webhook.url(), webhook.eventTypes(), webhook.createdBy(),
					webhook.createdAt(), secret);
		}

	}

	record DeliveryView(UUID id, UUID eventId, String eventType, UUID subject, Instant occurredAt,
			DeliveryStatus status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
			Instant lastAttemptAt, Instant deliveredAt) {

		static DeliveryView of(Delivery delivery) {
			return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.subject(),
					delivery.occurredAt(), delivery.status(), delivery.attempts(),
					delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null,
					delivery.lastStatusCode(), delivery.lastError(), delivery.lastAttemptAt(), delivery.deliveredAt());
		}

	}

	record DeliveryPage(List<DeliveryView> deliveries, int page, int size, long total) {
	}

}
