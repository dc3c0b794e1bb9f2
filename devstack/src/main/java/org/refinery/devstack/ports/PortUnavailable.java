package org.refinery.devstack.ports;

/** A configured port is taken or configured twice; the message names the setting to change. */
public final class PortUnavailable extends RuntimeException {

	public PortUnavailable(String message) {
		super(message);
	}

}
