/**
 * The adapter for reactive apps (the gateway). It provides the building blocks, not a filter
 * chain: the gateway's chain also does OIDC login and CSRF for browser sessions, so it wires the
 * lazy JWKS decoder, the token converter and the problem+json entry point itself. A
 * {@link org.refinery.keycloak.CurrentUser} WebFlux controller parameter comes for free.
 */
@NullMarked
package org.refinery.keycloak.reactive;

import org.jspecify.annotations.NullMarked;
