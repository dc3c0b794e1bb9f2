/**
 * Translates backlog-service's product, team and item events and dependency-service's
 * dependency events into the forecast's read model. Older and repeated events change nothing;
 * records that fail for good are dead-lettered by the Kafka adapter.
 */
package org.refinery.forecast.backlog.messaging;
