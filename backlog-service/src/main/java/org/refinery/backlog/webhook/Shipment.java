package org.refinery.backlog.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A claimed delivery with all it takes to send it: where, the CloudEvents attributes, the body
 * and the secret to sign it with.
 *
 * @param attempt which attempt this is, 1 for the first
 */
public record Shipment(UUID deliveryId, URI url, String secret, UUID eventId, String eventType, String eventSource,
		UUID subject, Instant occurredAt, byte[] body, int attempt) {
}
