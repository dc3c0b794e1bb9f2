package org.refinery.contracts.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that cannot be turned into a Refinery event: no {@code ce_type}, a type this
 * consumer does not know, or a payload that does not fit the type. Retrying cannot help, so
 * consumers should dead-letter such records at once; the message names topic and type so
 * the dead letter can be diagnosed without the producer's logs.
 */
public class InvalidEventException extends SerializationException {

	private final String topic;

	private final String ceType;

	public InvalidEventException(String message, String topic, String ceType, Throwable cause) {
		super(message, cause);
		this.topic = topic;
		this.ceType = ceType;
	}

	static InvalidEventException missingType(String topic) {
		return new InvalidEventException("Record on topic '" + topic + "' has no ce_type header; Refinery events "
				+ "are CloudEvents in binary mode and the header names the event type", topic, null, null);
	}

	static InvalidEventException unknownType(String topic, String ceType) {
		return new InvalidEventException("Unknown ce_type '" + ceType + "' on topic '" + topic + "': not in the v1 "
				+ "event catalog of this consumer's event-contracts (a producer bug, or an outdated consumer)", topic,
				ceType, null);
	}

	static InvalidEventException unsupportedContentType(String topic, String ceType, String contentType) {
		return new InvalidEventException("Unsupported content-type '" + contentType + "' for ce_type '" + ceType
				+ "' on topic '" + topic + "': Refinery events are application/json", topic, ceType, null);
	}

	static InvalidEventException unreadable(String topic, String ceType, String recordName, String problem,
			Throwable cause) {
		return new InvalidEventException("Cannot read the payload of ce_type '" + ceType + "' on topic '" + topic
				+ "' as " + recordName + ": " + problem, topic, ceType, cause);
	}

	/** The topic of the offending record. */
	public String topic() {
		return topic;
	}

	/** The offending record's {@code ce_type}; {@code null} when it had none. */
	public String ceType() {
		return ceType;
	}

}
