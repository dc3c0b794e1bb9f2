package org.refinery.backlog.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription, with the outcome of its latest attempt.
 *
 * @param lastStatusCode the receiver's HTTP status of the latest attempt; {@code null} when it
 * did not answer (refused connection, time-out)
 * @param lastError why the latest attempt failed, in words; {@code null} after success
 */
public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String eventSource,
		UUID subject, Instant occurredAt, DeliveryStatus status, int attempts, Instant nextAttemptAt,
		Integer lastStatusCode, String lastError, Instant lastAttemptAt, Instant deliveredAt) {
}
