/**
 * The one entry to Refinery: people sign in here through Keycloak, scripts present bearer
 * tokens here, and every API call is relayed to its service with the caller's access token.
 * The gateway checks authentication; each service still checks authorisation itself.
 */
package org.refinery.gateway;
