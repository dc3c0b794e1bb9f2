/**
 * The devstack's Java API: {@link org.refinery.devstack.Devstack} starts the whole platform
 * (PostgreSQL, Kafka, Keycloak, the services, the gateway, demo data) in dependency order, reports
 * each component's URL, PID and health, and stops everything in reverse order, even mid-start.
 * The command line and the system tests both drive the platform through this one class, so the
 * tested path is the path developers use.
 */
package org.refinery.devstack;
