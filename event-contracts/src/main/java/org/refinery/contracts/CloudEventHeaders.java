package org.refinery.contracts;

/**
 * The Kafka header names of CloudEvents 1.0 in binary mode, as Refinery uses them. Binary
 * mode keeps the record value a plain JSON payload while routing information ({@code ce_type})
 * travels in headers, so a consumer can pick the record class before touching the payload.
 */
public final class CloudEventHeaders {

	/** The event id; equals {@link RefineryEvent#eventId()}. */
	public static final String ID = "ce_id";

	/** The logical event type, e.g. {@code refinery.backlog.ItemRefined.v1}; see {@link EventType}. */
	public static final String TYPE = "ce_type";

	/** The producing service, from the producer's {@code refinery.events.source} setting. */
	public static final String SOURCE = "ce_source";

	/** When it happened, ISO-8601; equals {@link RefineryEvent#occurredAt()}. */
	public static final String TIME = "ce_time";

	/** The aggregate id; equals {@link RefineryEvent#aggregateId()}. */
	public static final String SUBJECT = "ce_subject";

	/** The CloudEvents specification version header. */
	public static final String SPEC_VERSION = "ce_specversion";

	/** The only specification version Refinery speaks. */
	public static final String SPEC_VERSION_VALUE = "1.0";

	/** The content type header of binary mode. */
	public static final String CONTENT_TYPE = "content-type";

	/** The content type of every Refinery payload. */
	public static final String JSON = "application/json";

	/** The W3C trace context, propagated by tracing instrumentation rather than the serializer. */
	public static final String TRACEPARENT = "traceparent";

	private CloudEventHeaders() {
	}

}
