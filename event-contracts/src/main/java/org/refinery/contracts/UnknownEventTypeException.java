package org.refinery.contracts;

/**
 * Thrown when a {@code ce_type} is not in this version of the catalog: either a producer bug
 * or a consumer running an older {@code event-contracts} than the producer.
 */
public class UnknownEventTypeException extends IllegalArgumentException {

	private final String ceType;

	public UnknownEventTypeException(String ceType) {
		super("Unknown ce_type '" + ceType + "': not in the v1 event catalog of event-contracts "
				+ "(a producer bug, or this consumer runs an older event-contracts than the producer)");
		this.ceType = ceType;
	}

	/** The type that was not found. */
	public String ceType() {
		return ceType;
	}

}
