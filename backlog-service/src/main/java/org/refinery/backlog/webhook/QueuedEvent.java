package org.refinery.backlog.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as webhooks send it: its CloudEvents attributes and its JSON exactly as the contracts
 * write it.
 *
 * @param subject the aggregate the event is about; an aggregate's events reach a subscription in order
 * @param version the aggregate's version after the event: the order, since Kafka may carry an
 * aggregate's events in another (the outbox sends each commit's events on its own)
 */
public record QueuedEvent(UUID eventId, String eventType, String source, UUID productId, UUID subject, long version,
		Instant occurredAt, String payload) {
}
