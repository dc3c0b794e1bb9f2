package org.refinery.forecast.throughput;

/** The caller sees the team but may not change its history. */
public class NotAllowed extends RuntimeException {

	public NotAllowed(String message) {
		super(message);
	}

}
