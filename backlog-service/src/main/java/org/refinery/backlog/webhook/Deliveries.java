package org.refinery.backlog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The deliveries of events to subscriptions: the queue the worker claims from and the delivery log. */
public interface Deliveries {

	/**
	 * Queues an event for each subscription, due after {@code settle}; a subscription that already
	 * has the event keeps its delivery. The pause lets an aggregate's earlier event that Kafka
	 * carries a moment later join the queue before this one is sent.
	 */
	void enqueue(List<UUID> subscriptionIds, QueuedEvent event, Duration settle);

	/**
	 * Claims up to {@code limit} due deliveries for {@code lease}, the oldest first, skipping those
	 * another replica holds and those whose aggregate has an open delivery of an earlier version
	 * (or of the same version queued earlier) for the same subscription; each claim counts as an
	 * attempt.
	 */
	List<Shipment> claim(int limit, Duration lease);

	void delivered(UUID id, Outcome outcome);

	void retryAfter(UUID id, Outcome outcome, Duration pause);

	void dead(UUID id, Outcome outcome);

	/** One page of a subscription's log, newest first; all statuses when {@code status} is empty. */
	List<Delivery> ofSubscription(UUID subscriptionId, Optional<DeliveryStatus> status, int offset, int limit);

	long countOf(UUID subscriptionId, Optional<DeliveryStatus> status);

	Optional<Delivery> withId(UUID subscriptionId, UUID id);

	/** Makes a dead delivery due again with fresh attempts; false when it is not dead (any more). */
	boolean replay(UUID subscriptionId, UUID id);

	/**
	 * Deletes up to {@code limit} finished deliveries of {@code status} that finished before
	 * {@code before}: a {@link DeliveryStatus#DELIVERED DELIVERED} one by when it was delivered, a
	 * {@link DeliveryStatus#DEAD DEAD} one by its last attempt. Skips rows another transaction holds
	 * (a replay under way), and answers how many it deleted.
	 *
	 * @throws IllegalArgumentException for an open status: pending and sending deliveries are
	 * work still to do, never purged
	 */
	int purge(DeliveryStatus status, Instant before, int limit);

}
