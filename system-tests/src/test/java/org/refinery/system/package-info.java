/**
 * Whole-platform tests: the devstack's Java API starts every real process (PostgreSQL, Kafka,
 * Keycloak, the four services, the gateway) on free ports with a throw-away data directory, and
 * the tests talk to the platform only the way its users do: a Keycloak token and HTTP through
 * the gateway. They also prove that a stop, even in the middle of a start, leaves no process
 * behind.
 */
package org.refinery.system;
