/**
 * Subscriptions and deliveries in PostgreSQL. Claiming uses {@code FOR UPDATE SKIP LOCKED} so
 * that the replicas of the backlog share the queue without a coordinator and without sending a
 * delivery twice; a claim is a lease, so the deliveries of a replica that dies mid-send become
 * due again when it runs out.
 */
package org.refinery.backlog.webhook.persistence;
