package org.refinery.backlog.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Waiting for its first or next attempt (or for an earlier event of the same aggregate). */
	PENDING,
	/** Claimed by a replica that is sending it now; back to due if that replica vanishes. */
	SENDING,
	/** The receiver answered 2xx. */
	DELIVERED,
	/** Every attempt failed; waits for an owner's replay. */
	DEAD

}
