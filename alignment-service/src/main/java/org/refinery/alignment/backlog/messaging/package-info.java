/**
 * backlog-service's events in: item events (all carry the item's state after the change) and
 * product events feed the read model. Failures are retried and then dead-lettered by the
 * kafka-adapter's error handler; events alignment has no use for are skipped.
 */
package org.refinery.alignment.backlog.messaging;
