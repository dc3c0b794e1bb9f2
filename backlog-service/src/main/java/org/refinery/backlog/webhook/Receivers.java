package org.refinery.backlog.webhook;

/** Sends one attempt of a delivery to its receiver; never throws for the receiver's failures. */
public interface Receivers {

	Outcome send(Shipment shipment);

}
