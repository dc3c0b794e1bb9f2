/**
 * Whole-platform tests: the devstack's Java API starts every real process (PostgreSQL, Kafka,
 * Keycloak, the four services, the gateway) on free ports with a throw-away data directory, once
 * per test JVM ({@link org.refinery.system.SharedPlatform}), and the tests talk to the platform the
 * way its users do: a Keycloak token and HTTP through the gateway. Fault tests also read the
 * services' databases and topics ({@link org.refinery.system.PlatformDatabases},
 * {@link org.refinery.system.PlatformKafka}). This package holds that shared access and the proofs
 * that the platform starts, answers, and stops without leaving a process behind; the sub-packages
 * hold the journey, the faults, the fuzzing and the benchmarks.
 */
package org.refinery.system;
