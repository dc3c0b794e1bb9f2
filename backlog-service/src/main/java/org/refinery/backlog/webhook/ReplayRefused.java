package org.refinery.backlog.webhook;

import java.util.UUID;

/** Only a dead delivery is replayed; a pending or delivered one is left alone (answered 409). */
public class ReplayRefused extends RuntimeException {

	public ReplayRefused(UUID id, DeliveryStatus status) {
		super("Delivery " + id + " is " + status + "; only a DEAD delivery can be replayed");
	}

}
