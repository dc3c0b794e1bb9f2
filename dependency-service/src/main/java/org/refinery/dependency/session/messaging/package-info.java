/**
 * Session events in: each event of the backlog's session topic carries the session's state after
 * the change, which is all the read model needs. Failures are retried and then dead-lettered by
 * the kafka-adapter's error handler.
 */
package org.refinery.dependency.session.messaging;
