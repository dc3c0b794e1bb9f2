/**
 * What every service's integration tests share: the service started on a random port against
 * the real engines and a Keycloak-shaped token issuer, an HTTP client that reports statuses
 * instead of throwing, and the architecture checks each service must pass.
 */
package org.refinery.test.service;
