/**
 * The platform's events as webhooks see them: a consumer group of its own on the backlog's
 * topics and the dependencies topic, and the catalog of event types a subscription may name.
 */
package org.refinery.backlog.webhook.messaging;
