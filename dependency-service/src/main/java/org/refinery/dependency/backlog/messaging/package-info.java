/**
 * Item events in: every event of the backlog's item topic carries the item's state after the
 * change, which is all the read model needs, whatever the kind of change. Failures are retried
 * and then dead-lettered by the kafka-adapter's error handler.
 */
package org.refinery.dependency.backlog.messaging;
