/**
 * The shared language of Refinery's services on Kafka. Services never call each other on a
 * request path; everything one needs from another arrives as an event defined here, so this
 * package holds what every producer and consumer must agree on: the sealed event hierarchy,
 * the topic names, the CloudEvents header names and the mapping between a record and its
 * logical {@code ce_type}. Keeping it in one module means a producer and a consumer cannot
 * drift apart without a test noticing.
 */
package org.refinery.contracts;
