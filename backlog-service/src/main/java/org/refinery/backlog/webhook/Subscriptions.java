package org.refinery.backlog.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored webhook subscriptions, always looked up within their product. */
public interface Subscriptions {

	void add(Subscription subscription);

	/** A product's subscriptions, oldest first. */
	List<Subscription> ofProduct(UUID productId);

	Optional<Subscription> withId(UUID productId, UUID id);

	/** Removes a subscription with its delivery log; false when the product has no such subscription. */
	boolean remove(UUID productId, UUID id);

	/** The ids of a product's subscriptions that want an event type. */
	List<UUID> wanting(UUID productId, String eventType);

}
