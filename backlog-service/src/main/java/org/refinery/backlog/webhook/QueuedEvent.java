package org.refinery.backlog.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as webhooks send it: its CloudEvents attributes and its JSON exactly as the contracts
 * write it.
 *
 * @param subject the aggregate the event is about; an aggregate's events reach a subscription in order
 */
public record QueuedEvent(UUID eventId, String eventType, String source, UUID productId, UUID subject,
		Instant occurredAt, String payload) {
}
