/**
 * Trace context across Refinery: the gateway starts or continues a W3C trace and passes
 * {@code traceparent} on; each service continues it for its request, its log lines (Boot's log
 * correlation adds the trace id) and the Kafka records it publishes. It lives in this module
 * because every service and the gateway depend on it; it is about propagation and log
 * correlation, so no exporter is configured (an OTLP or Zipkin exporter can be added per
 * deployment).
 */
package org.refinery.keycloak.tracing;
