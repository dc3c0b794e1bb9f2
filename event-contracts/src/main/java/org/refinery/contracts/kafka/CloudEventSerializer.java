package org.refinery.contracts.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.refinery.contracts.CloudEventHeaders;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;

/**
 * Writes a Refinery event as a CloudEvent in Kafka binary mode: the JSON payload as value and
 * the attributes as {@code ce_*} headers. Configure it as the producer's value serializer with
 * {@value #SOURCE_CONFIG} set to the producing service; the record key (the aggregate id) is
 * the producer's business. A {@code null} event is written as a tombstone without headers.
 * An existing {@code traceparent} header is left alone for tracing to manage.
 */
public class CloudEventSerializer implements Serializer<RefineryEvent> {

	/** The producer property naming this service as {@code ce_source}, e.g. {@code backlog-service}. */
	public static final String SOURCE_CONFIG = "refinery.events.source";

	private final EventJson json = new EventJson();

	private String source;

	/** For Kafka, which calls {@link #configure(Map, boolean)} next. */
	public CloudEventSerializer() {
	}

	/** For code that builds producers itself. */
	public CloudEventSerializer(String source) {
		this.source = requireSource(source);
	}

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		if (isKey) {
			throw new ConfigException("CloudEventSerializer serializes record values; the key is the aggregate id");
		}
		Object configured = configs.get(SOURCE_CONFIG);
		if (configured != null || source == null) {
			source = requireSource(configured == null ? null : configured.toString());
		}
	}

	/** Always fails: binary-mode CloudEvents cannot exist without headers. */
	@Override
	public byte[] serialize(String topic, RefineryEvent event) {
		throw new UnsupportedOperationException("A CloudEvent in binary mode needs record headers; "
				+ "call serialize(topic, headers, event)");
	}

	@Override
	public byte[] serialize(String topic, Headers headers, RefineryEvent event) {
		if (event == null) {
			return null;
		}
		if (source == null) {
			throw new IllegalStateException("CloudEventSerializer is not configured: set " + SOURCE_CONFIG);
		}
		put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		put(headers, CloudEventHeaders.ID, event.eventId().toString());
		put(headers, CloudEventHeaders.TYPE, EventType.of(event).ceType());
		put(headers, CloudEventHeaders.SOURCE, source);
		put(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
		put(headers, CloudEventHeaders.SUBJECT, event.aggregateId().toString());
		put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return json.writeBytes(event);
	}

	private static void put(Headers headers, String name, String value) {
		headers.remove(name);
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private static String requireSource(String source) {
		if (source == null || source.isBlank()) {
			throw new ConfigException(SOURCE_CONFIG, source,
					"the producing service's name is required as CloudEvents source, e.g. backlog-service");
		}
		return source;
	}

}
