/**
 * OpenAPI documents of the services describe what a client sends; the signed-in user comes from
 * the bearer token, so a {@code CurrentUser} controller parameter is kept out of them.
 */
package org.refinery.keycloak.openapi;
