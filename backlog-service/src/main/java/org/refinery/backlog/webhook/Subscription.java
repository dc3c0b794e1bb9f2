package org.refinery.backlog.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A product's webhook: which of its events go to which URL, signed with which secret. The
 * secret is shown once, when the subscription is created, and never again.
 */
public record Subscription(UUID id, UUID productId, URI url, Set<String> eventTypes, String secret,
		String createdBy, Instant createdAt) {

	public Subscription {
		eventTypes = Set.copyOf(eventTypes);
	}

	public boolean wants(String eventType) {
		return eventTypes.contains(eventType);
	}

}
