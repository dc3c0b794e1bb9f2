package org.refinery.backlog.webhook;

import java.util.UUID;

/** The product has no such webhook subscription or delivery (answered 404). */
public class SubscriptionNotFound extends RuntimeException {

	public SubscriptionNotFound(String what, UUID id) {
		super("No " + what + " " + id + " in this product");
	}

}
