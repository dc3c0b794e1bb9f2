/**
 * Service-wide web plumbing. Controllers declare a {@code Caller} parameter and get the
 * backlog's view of the signed-in user, built here from the Keycloak token and the user's
 * Refinery memberships (read afresh each request), so that feature code never touches security
 * types and every rule honours both sources of access.
 */
package org.refinery.backlog.web;
