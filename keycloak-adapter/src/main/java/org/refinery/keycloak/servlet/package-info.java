/**
 * The adapter for servlet apps (the four services). Auto-configuration gives each service a
 * stateless, bearer-token-only security filter chain, a lazy JWKS decoder that validates against
 * the realm, and {@link org.refinery.keycloak.CurrentUser} as a controller parameter, so a
 * service needs only {@code refinery.security.issuer-uri}. Services with their own rules build
 * their chain from {@link org.refinery.keycloak.servlet.KeycloakResourceServer} and keep the same
 * token handling and problem responses.
 */
@NullMarked
package org.refinery.keycloak.servlet;

import org.jspecify.annotations.NullMarked;
