/**
 * The webhook use cases: owners manage subscriptions and replay dead deliveries; events become
 * deliveries; the delivery run sends what is due and decides, per attempt, between delivered,
 * retry later and dead; the purge deletes finished deliveries past their retention.
 */
package org.refinery.backlog.webhook.application;
