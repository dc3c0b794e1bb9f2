/**
 * A stand-in for the Keycloak realm in tests, exported in this module's test-jar. It signs
 * Keycloak-shaped access tokens with its own RSA key and serves the matching JWKS on loopback,
 * so services' tests run the real validation path (signature, issuer, audience, expiry) without
 * a Keycloak. See {@link org.refinery.keycloak.test.KeycloakTokens}.
 */
package org.refinery.keycloak.test;
