/**
 * The refinement journey of a new product end to end, as the people who do each step: the product
 * owner, two teams' representatives, a portfolio manager. Every step goes through the gateway with
 * their real Keycloak tokens, and every effect that travels over Kafka is awaited with a bound.
 */
package org.refinery.system.journey;
