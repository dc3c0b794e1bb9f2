/**
 * The Kafka serde of Refinery's events: CloudEvents 1.0 in binary mode. Producers and
 * consumers configure these classes rather than a generic JSON serde, so that the header
 * mapping, the {@code ce_type} names and the JSON settings can only be defined once, here.
 * Failures are {@link org.apache.kafka.common.errors.SerializationException}s, which
 * Spring Kafka's error handling recognises and routes to the dead-letter topic.
 */
package org.refinery.contracts.kafka;
