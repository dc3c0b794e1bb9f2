/**
 * Real engines for integration tests. Refinery's tests must run on machines without Docker,
 * so the default engines are PostgreSQL from the embedded binaries on Maven Central and an
 * in-process KRaft Kafka broker; where Docker exists, {@code -Ptestcontainers} swaps in
 * containers without changing a single test. Each engine starts once per test JVM and is
 * shared by every Spring context in it, because starting PostgreSQL or Kafka per test class
 * would dominate the suite's time.
 */
package org.refinery.test.engines;
