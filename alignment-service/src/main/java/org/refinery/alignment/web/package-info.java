/**
 * Service-wide web plumbing. Controllers declare a {@code Caller} parameter and get alignment's
 * view of the signed-in user, built here from the Keycloak token plus the caller's product
 * memberships (ADR 0009), so that feature code never touches security types.
 */
package org.refinery.alignment.web;
