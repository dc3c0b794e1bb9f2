/**
 * Throughput history: per team and period, how many items (and points) it finished. Observed
 * from items reaching DONE or imported to bootstrap a team with its past; readers see the
 * history of teams in products a Keycloak group grants.
 */
package org.refinery.forecast.throughput;
