/**
 * OpenAPI documents of the services describe what a client sends; the signed-in user comes from
 * the bearer token, so a {@code CurrentUser} controller parameter is kept out of them. Every
 * document instead declares the realm's authorization code flow as its security scheme, which is
 * what makes "Authorize" in the gateway's Swagger UI fetch a token from Keycloak.
 */
package org.refinery.keycloak.openapi;
