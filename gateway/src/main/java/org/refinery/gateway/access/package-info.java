/**
 * The access log: one line per routed API call with the caller, the route, the status and the
 * latency, on its own logger ({@code refinery.access}) so operators can ship or silence it
 * apart from the application's own log.
 */
package org.refinery.gateway.access;
