/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run as
 * its own JVM from the {@code kafka_2.13} jars that the build copies to {@code target/kafka-lib}.
 * Its storage is formatted once and kept under the data directory; the topics of the event
 * contracts, and their dead-letter topics, are created when missing. Nothing in the launcher's
 * own classpath talks to the broker but the admin client.
 */
package org.refinery.devstack.kafka;
