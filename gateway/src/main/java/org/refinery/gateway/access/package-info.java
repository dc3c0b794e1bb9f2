/**
 * The access log: one line per routed API call with the caller, the route, the status, the
 * latency and the W3C trace id that the gateway continued (or started) and passed on to the
 * service in {@code traceparent}, so that one search finds the call in every service's log. It
 * has its own logger ({@code refinery.access}) so operators can ship or silence it apart from the
 * application's own log.
 */
package org.refinery.gateway.access;
