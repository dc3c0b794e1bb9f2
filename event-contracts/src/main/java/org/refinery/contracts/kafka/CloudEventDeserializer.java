package org.refinery.contracts.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.refinery.contracts.CloudEventHeaders;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import tools.jackson.core.JacksonException;

/**
 * Reads a CloudEvent in Kafka binary mode back into its Refinery event: the {@code ce_type}
 * header picks the record, the value is its JSON. Unknown JSON fields are ignored, so
 * consumers keep working when producers add optional fields. Anything else that does not fit
 * fails with an {@link InvalidEventException}; a {@code null} value (a tombstone) reads as
 * {@code null}.
 */
public class CloudEventDeserializer implements Deserializer<RefineryEvent> {

	private final EventJson json = new EventJson();

	/** Always fails for a non-null value: without headers there is no {@code ce_type}. */
	@Override
	public RefineryEvent deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		throw InvalidEventException.missingType(topic);
	}

	@Override
	public RefineryEvent deserialize(String topic, Headers headers, byte[] data) {
		if (data == null) {
			return null;
		}
		String ceType = header(headers, CloudEventHeaders.TYPE);
		if (ceType == null) {
			throw InvalidEventException.missingType(topic);
		}
		EventType type = EventType.findByCeType(ceType)
			.orElseThrow(() -> InvalidEventException.unknownType(topic, ceType));
		String contentType = header(headers, CloudEventHeaders.CONTENT_TYPE);
		if (contentType != null && !contentType.startsWith(CloudEventHeaders.JSON)) {
			throw InvalidEventException.unsupportedContentType(topic, ceType, contentType);
		}
		try {
			return json.read(type, data);
		}
		catch (JacksonException ex) {
			throw InvalidEventException.unreadable(topic, ceType, type.recordType().getSimpleName(),
					ex.getOriginalMessage(), ex);
		}
	}

	private static String header(Headers headers, String name) {
		Header header = headers == null ? null : headers.lastHeader(name);
		return header == null || header.value() == null ? null
				: new String(header.value(), StandardCharsets.UTF_8);
	}

}
