/**
 * Webhooks (issue 20): a product's owners subscribe a URL to some of the product's events, and
 * the backlog sends each matching event there as a CloudEvents HTTP request in binary mode (the
 * {@code ce-*} headers, the event's JSON from the contracts as the body), signed with the
 * subscription's secret ({@link WebhookSignature}).
 *
 * <p>The backlog listens to the platform's topics with a consumer group of its own and turns
 * every event into one delivery per matching subscription, at most once per event and
 * subscription, so a redelivered record is harmless. A worker on every replica claims due
 * deliveries ({@code FOR UPDATE SKIP LOCKED}, so replicas share the work without sending twice)
 * and sends them with time-outs; a failure is retried after an exponentially growing, capped
 * pause ({@link Backoff}) and, after the last attempt, the delivery is dead until an owner
 * replays it. An aggregate's later event for a subscription waits while an earlier one is
 * still open, so a receiver sees an item's events in the order they happened. The delivery log
 * keeps finished deliveries for a retention only (delivered 30 days, dead 90 days, so that a dead
 * one can be replayed for that long); one replica purges the older ones in small batches.
 *
 * <p>A webhook URL is a request the platform makes on the owner's behalf, so it may not reach
 * private, loopback or link-local addresses ({@link Destinations}) unless the installation
 * allows it (the local devstack and tests do, Kubernetes does not). Only the product's owners
 * and administrators manage its webhooks; anyone else who sees the product gets 403, anyone who
 * does not 404 (ADR 0005).
 */
package org.refinery.backlog.webhook;
