/**
 * The access log: one line per routed API call with the caller, the route, the status, the
 * latency and the W3C trace id that the gateway continued (or started) and passed on to the
 * service in {@code traceparent}, so that one search finds the call in every service's log. It
 * has its own logger ({@code refinery.access}) so operators can ship or silence it apart from the
 * application's own log. The browser's sign-in steps (redirect, code callback, logout) are not
 * routed and get lines of their own in the same log, so a slow or failed sign-in shows there too.
 */
package org.refinery.gateway.access;
